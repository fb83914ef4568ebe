package be.vierdepijler.core.buddy.domain;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.Languages;
import be.vierdepijler.core.profile.domain.TimeSlot;
import be.vierdepijler.core.shared.FieldViolation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The personal part of a buddy as it is filled in, by a coordinator or by the buddy on the public form: raw values,
 * checked by {@link #violations()} (every field that is not in order, each with its own name, e.g.
 * {@code languages[2]}) before anything is stored. Every text has a maximum length, every list a maximum size, so that
 * the public form cannot be used to store anything large.
 *
 * @param languages    spoken languages, ISO 639-1 codes ({@code nl}, {@code ar} …)
 * @param interests    codes of {@link Interest}
 * @param availability codes of {@link TimeSlot} ({@code wed-evening} …)
 */
public record BuddyProfile(String firstName, String lastName, String email, String phone, String municipalityNis,
                           List<String> languages, List<String> interests, List<String> availability) {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_PHONE = 40;
    public static final int MAX_LANGUAGES = 20;
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String PHONE = "\\+?[0-9 ./()-]{6,40}";

    public BuddyProfile {
        languages = clean(languages);
        interests = clean(interests);
        availability = clean(availability);
    }

    private static List<String> clean(List<String> raw) {
        return raw == null ? List.of() : raw.stream().map(s -> s == null ? "" : s).toList();
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        text(v, "firstName", firstName, MAX_NAME, true, "Geef de voornaam.");
        text(v, "lastName", lastName, MAX_NAME, true, "Geef de familienaam.");
        if (text(v, "email", email, MAX_EMAIL, true, "Geef een e-mailadres.") && !email.strip().matches(EMAIL)) {
            v.add(new FieldViolation("email", "invalid-email", "Geen geldig e-mailadres (bv. naam@voorbeeld.be)."));
        }
        if (text(v, "phone", phone, MAX_PHONE, false, null) && !phone.strip().matches(PHONE)) {
            v.add(new FieldViolation("phone", "invalid-phone",
                    "Geen geldig telefoonnummer: cijfers, spaties en + . / ( ) - (bv. +32 57 33 22 11)."));
        }
        if (municipalityNis == null || !municipalityNis.strip().matches("\\d{5}")) {
            v.add(new FieldViolation("municipalityNis", "required",
                    "Geef de gemeente waar de buddy woont (NIS-code, 5 cijfers)."));
        }
        codes(v, "languages", languages, MAX_LANGUAGES, Languages::normalise,
                "Geen taalcode volgens ISO 639-1 (bv. nl, fr, ar, uk).");
        codes(v, "interests", interests, Interest.values().length, c -> Interest.byCode(c).map(Interest::code),
                "Onbekende interesse; mogelijk: " + String.join(", ", Interest.codes()) + ".");
        codes(v, "availability", availability, TimeSlot.all().size(),
                c -> TimeSlot.byCode(c).map(TimeSlot::code),
                "Onbekend moment; gebruik dag-dagdeel, bv. mon-morning, wed-afternoon, sat-evening.");
        return v;
    }

    /** The normalised language codes, without duplicates, in the order given; only valid after {@link #violations()}. */
    public Set<String> languageCodes() {
        return normalised(languages, Languages::normalise);
    }

    public Set<String> interestCodes() {
        return normalised(interests, c -> Interest.byCode(c).map(Interest::code));
    }

    public Set<String> availabilityCodes() {
        return normalised(availability, c -> TimeSlot.byCode(c).map(TimeSlot::code));
    }

    private static Set<String> normalised(List<String> raw, Function<String, Optional<String>> normalise) {
        Set<String> codes = new LinkedHashSet<>();
        raw.forEach(c -> normalise.apply(c).ifPresent(codes::add));
        return codes;
    }

    /** @return whether a value is present (and so may be checked further) */
    private static boolean text(List<FieldViolation> v, String field, String value, int max, boolean required,
                                String requiredMessage) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, "required", requiredMessage));
            }
            return false;
        }
        if (value.strip().length() > max) {
            v.add(new FieldViolation(field, "too-long", "Hoogstens " + max + " tekens."));
            return false;
        }
        return true;
    }

    private static void codes(List<FieldViolation> v, String field, List<String> raw, int maxItems,
                              Function<String, Optional<String>> normalise, String unknownMessage) {
        if (raw.size() > maxItems) {
            v.add(new FieldViolation(field, "too-many", "Hoogstens " + maxItems + " waarden."));
            return;
        }
        for (int i = 0; i < raw.size(); i++) {
            String code = raw.get(i);
            if (code.length() > 40 || normalise.apply(code).isEmpty()) {
                v.add(new FieldViolation(field + "[" + i + "]", "unknown-code", unknownMessage));
            }
        }
    }
}
