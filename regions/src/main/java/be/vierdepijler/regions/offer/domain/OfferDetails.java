package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.profile.domain.Languages;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.spi.DutchLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a coordinator, local officer or organisation fills in for an offer. {@link #violations()} lists every field
 * that is not in order on its own; whether the organisation, municipality, trajectory type and category exist is
 * checked by the application against the reference data.
 *
 * @param organisationId    the partner organisation that offers it
 * @param trajectoryTypeId  the trajectory type (an id of the registry)
 * @param reportingCategory one of that type's reporting categories
 * @param requiredLevel     the Dutch level a newcomer needs (A0: none)
 * @param capacity          how many newcomers it takes at once, at least 1
 * @param schedule          when it takes place, free text ("elke woensdag 14–16 u")
 * @param languages         ISO 639-1 codes of languages that help, as typed
 * @param activeFrom        first day; null when it has always run
 * @param activeUntil       last day, not before {@code activeFrom}; null when open-ended
 * @param contact           who confirms the hours; null or empty when the offer names nobody
 * @param weekdays          the days it takes place on ({@link Weekdays#CODES}); null: left as they are
 * @param summaries         short descriptions per language (the codes of
 *                          {@link be.vierdepijler.core.shared.PublicLanguages}); null: left as they are
 */
public record OfferDetails(Long organisationId, String trajectoryTypeId, String reportingCategory, String title,
                           String description, String municipalityNis, String address, DutchLevel requiredLevel,
                           Integer capacity, String schedule, List<String> languages, LocalDate activeFrom,
                           LocalDate activeUntil, OfferStatus status, OfferContact contact,
                           List<String> weekdays, Map<String, String> summaries) {

    public static final int MAX_CAPACITY = 10_000;
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String PHONE = "\\+?[0-9 ./()-]{6,40}";

    public OfferDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        weekdays = weekdays == null ? null : new ArrayList<>(weekdays);
        summaries = summaries == null ? null : new LinkedHashMap<>(summaries);
    }

    /** Details that leave the weekdays and the short descriptions as they are (the import's). */
    public OfferDetails(Long organisationId, String trajectoryTypeId, String reportingCategory, String title,
                        String description, String municipalityNis, String address, DutchLevel requiredLevel,
                        Integer capacity, String schedule, List<String> languages, LocalDate activeFrom,
                        LocalDate activeUntil, OfferStatus status, OfferContact contact) {
        this(organisationId, trajectoryTypeId, reportingCategory, title, description, municipalityNis, address,
                requiredLevel, capacity, schedule, languages, activeFrom, activeUntil, status, contact, null, null);
    }

    /** The same details with these short descriptions (null: left as they are). */
    public OfferDetails withSummaries(Map<String, String> texts) {
        return new OfferDetails(organisationId, trajectoryTypeId, reportingCategory, title, description,
                municipalityNis, address, requiredLevel, capacity, schedule, languages, activeFrom, activeUntil, status,
                contact, weekdays, texts);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (organisationId == null) {
            v.add(new FieldViolation("organisationId", "required", "Kies de organisatie die het aanbod doet."));
        }
        if (blank(trajectoryTypeId)) {
            v.add(new FieldViolation("trajectoryTypeId", "required", "Kies het soort traject."));
        }
        if (blank(reportingCategory)) {
            v.add(new FieldViolation("reportingCategory", "required",
                    "Kies de categorie waaronder de uren tellen."));
        }
        if (blank(title)) {
            v.add(new FieldViolation("title", "required", "Geef het aanbod een titel."));
        } else {
            tooLong(v, "title", title.strip(), 200);
        }
        tooLong(v, "description", description, 4000);
        if (municipalityNis == null || !municipalityNis.strip().matches("\\d{5}")) {
            v.add(new FieldViolation("municipalityNis", "required",
                    "Geef de gemeente waar het aanbod plaatsvindt (NIS-code, 5 cijfers)."));
        }
        tooLong(v, "address", address, 300);
        if (requiredLevel == null) {
            v.add(new FieldViolation("requiredLevel", "required",
                    "Geef het vereiste niveau Nederlands (A0 als er geen nodig is)."));
        }
        if (capacity == null) {
            v.add(new FieldViolation("capacity", "required", "Geef het aantal plaatsen."));
        } else if (capacity < 1 || capacity > MAX_CAPACITY) {
            v.add(new FieldViolation("capacity", "out-of-range",
                    "Het aantal plaatsen ligt tussen 1 en " + MAX_CAPACITY + ", niet " + capacity + "."));
        }
        tooLong(v, "schedule", schedule, 500);
        if (languages.size() > 20) {
            v.add(new FieldViolation("languages", "too-many", "Hoogstens 20 talen."));
        }
        for (int i = 0; i < languages.size(); i++) {
            if (Languages.normalise(languages.get(i)).isEmpty()) {
                v.add(new FieldViolation("languages[" + i + "]", "unknown-language",
                        "Geen ISO 639-1-taalcode (zoals ar, fr, uk): " + languages.get(i)));
            }
        }
        if (activeFrom != null && activeUntil != null && activeUntil.isBefore(activeFrom)) {
            v.add(new FieldViolation("activeUntil", "before-start",
                    "De einddatum ligt voor de begindatum (" + activeFrom + ")."));
        }
        if (status == null) {
            v.add(new FieldViolation("status", "required", "Kies de status: "
                    + String.join(", ", OfferStatus.codes()) + "."));
        }
        if (contact != null && !contact.isEmpty()) {
            if (blank(contact.name())) {
                v.add(new FieldViolation("contact.name", "required", "Geef de naam van de contactpersoon."));
            } else {
                tooLong(v, "contact.name", contact.name().strip(), 120);
            }
            if (!blank(contact.email()) && !contact.email().strip().matches(EMAIL)) {
                v.add(new FieldViolation("contact.email", "invalid-email",
                        "Geen geldig e-mailadres: " + contact.email()));
            } else {
                tooLong(v, "contact.email", contact.email(), 200);
            }
            if (!blank(contact.phone()) && !contact.phone().strip().matches(PHONE)) {
                v.add(new FieldViolation("contact.phone", "invalid-phone",
                        "Geen geldig telefoonnummer: " + contact.phone()));
            }
        }
        v.addAll(Weekdays.violations(weekdays));
        v.addAll(OfferSummaries.violations(summaries));
        return v;
    }

    /** The languages normalised (lower case), without duplicates, in the order given. */
    public List<String> languageCodes() {
        return languages.stream().map(Languages::normalise).flatMap(java.util.Optional::stream).distinct().toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void tooLong(List<FieldViolation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new FieldViolation(field, "too-long", "Hoogstens " + max + " tekens."));
        }
    }
}
