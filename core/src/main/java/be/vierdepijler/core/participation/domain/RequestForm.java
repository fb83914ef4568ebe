package be.vierdepijler.core.participation.domain;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.PublicLanguages;
import be.vierdepijler.core.shared.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a newcomer fills in on the public form, as typed; {@link #violations()} checks what needs no database (the
 * municipality and the offer are checked by the application service).
 *
 * @param firstName             required, at most {@value #MAX_FIRST_NAME} characters
 * @param municipalityNis       where they live (required): the request belongs to that municipality's network
 * @param phone                 a phone number; phone or e-mail is required
 * @param email                 an e-mail address
 * @param offerId               the offer they want to take part in, or null for "something near me"
 * @param language              the language they read ({@link PublicLanguages})
 * @param consent               must be true: consent to be contacted for this purpose
 * @param shareWithOrganisation whether the offer's organisation may see the request (null: no)
 */
public record RequestForm(String firstName, String municipalityNis, String phone, String email, Long offerId,
                          String language, Boolean consent, Boolean shareWithOrganisation) {

    public static final int MAX_FIRST_NAME = 80;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_PHONE = 40;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()./-]+");

    public RequestForm {
        firstName = clean(firstName);
        municipalityNis = clean(municipalityNis);
        phone = clean(phone);
        email = clean(email);
        language = clean(language);
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean shared() {
        return Boolean.TRUE.equals(shareWithOrganisation);
    }

    /** Every rule this form breaks that needs no database, each naming its field. */
    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (firstName == null) {
            v.add(new FieldViolation("firstName", "required", "Vul je voornaam in."));
        } else if (firstName.length() > MAX_FIRST_NAME) {
            v.add(new FieldViolation("firstName", "too-long", "Je voornaam is te lang (hoogstens " + MAX_FIRST_NAME
                    + " tekens)."));
        }
        if (municipalityNis == null) {
            v.add(new FieldViolation("municipalityNis", "required", "Kies je gemeente."));
        }
        if (phone == null && email == null) {
            v.add(new FieldViolation("contact", "required", "Geef een telefoonnummer of een e-mailadres."));
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            v.add(new FieldViolation("email", "invalid", "Dit is geen geldig e-mailadres."));
        }
        if (phone != null) {
            int digits = phone.replaceAll("[^0-9]", "").length();
            if (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches() || digits < 8 || digits > 15) {
                v.add(new FieldViolation("phone", "invalid", "Dit is geen geldig telefoonnummer."));
            }
        }
        if (language == null) {
            v.add(new FieldViolation("language", "required", "Kies een taal."));
        } else if (!PublicLanguages.contains(language)) {
            v.add(new FieldViolation("language", "unknown-language", "Kies een van deze talen: "
                    + PublicLanguages.listed() + "."));
        }
        if (!Boolean.TRUE.equals(consent)) {
            v.add(new FieldViolation("consent", "required", "Zonder je toestemming kunnen we je niet contacteren."));
        }
        return v;
    }

    /**
     * The contact as a repeat is recognised: the e-mail address in lower case when there is one, else the phone
     * number's digits.
     */
    public String normalisedContact() {
        return email != null ? "e:" + email.toLowerCase(Locale.ROOT) : "p:" + phone.replaceAll("[^0-9]", "");
    }

    /** SHA-256 (hex) of the normalised contact and the offer: equal for a repeat of an open request. */
    public String fingerprint() {
        return Sha256.hex(normalisedContact() + "|" + (offerId == null ? "-" : offerId.toString()));
    }
}
