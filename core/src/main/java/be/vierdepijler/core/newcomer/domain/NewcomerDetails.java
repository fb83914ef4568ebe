package be.vierdepijler.core.newcomer.domain;

import be.vierdepijler.core.privacy.domain.ConsentPurpose;
import be.vierdepijler.core.privacy.domain.Consents;
import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.Languages;
import be.vierdepijler.core.profile.domain.TimeSlot;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.spi.DutchLevel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a counsellor records of a newcomer at intake, checked: only what the work needs (no national register number).
 * Built with {@link #parse}, which reports every problem at once.
 */
public record NewcomerDetails(String firstName, String lastName, String email, String phone,
                              IntegrationStatus integrationStatus, String municipalityNis, DutchLevel dutchLevel,
                              Set<String> languages, Set<String> interests, Set<String> availability,
                              ReferralChannel referralChannel, LocalDate integrationContractDate,
                              IntegrationProgress integrationProgress, LocalDate integrationEndedOn,
                              Map<ConsentPurpose, Boolean> consents) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ./()-]{6,40}");
    private static final Pattern NIS = Pattern.compile("\\d{5}");

    /** The raw values as a client sent them. */
    public record Raw(String firstName, String lastName, String email, String phone, String integrationStatus,
                      String municipalityNis, String dutchLevel, List<String> languages, List<String> interests,
                      List<String> availability, String referralChannel, String integrationContractDate,
                      String integrationProgress, String integrationEndedOn, Map<String, Boolean> consents) {
    }

    /** @throws InvalidInputException with every field that is not right */
    public static NewcomerDetails parse(Raw raw, LocalDate today) {
        List<FieldViolation> problems = new ArrayList<>();
        String first = name("firstName", raw.firstName(), "voornaam", problems);
        String last = name("lastName", raw.lastName(), "familienaam", problems);
        String email = blankToNull(raw.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldViolation("email", "malformed-email", "'" + email + "' is geen e-mailadres."));
        }
        String phone = blankToNull(raw.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldViolation("phone", "malformed-phone", "'" + phone + "' is geen telefoonnummer."));
        }
        IntegrationStatus status = null;
        if (blankToNull(raw.integrationStatus()) == null) {
            problems.add(required("integrationStatus", "Zeg of de inburgeraar verplicht of rechthebbend is."));
        } else {
            status = IntegrationStatus.byCode(raw.integrationStatus()).orElse(null);
            if (status == null) {
                problems.add(unknown("integrationStatus", raw.integrationStatus(), IntegrationStatus.codes()));
            }
        }
        String nis = blankToNull(raw.municipalityNis());
        if (nis == null) {
            problems.add(required("municipalityNis", "Geef de gemeente waar de inburgeraar woont (NIS-code)."));
        } else if (!NIS.matcher(nis).matches()) {
            problems.add(new FieldViolation("municipalityNis", "malformed-nis",
                    "Een NIS-code heeft 5 cijfers, niet '" + nis + "'."));
        }
        DutchLevel level = null;
        if (blankToNull(raw.dutchLevel()) != null) {
            level = DutchLevel.parse(raw.dutchLevel()).orElse(null);
            if (level == null) {
                problems.add(new FieldViolation("dutchLevel", "unknown-level",
                        "Onbekend niveau '" + raw.dutchLevel() + "'; mogelijk: A0, A1, A2, B1, B2, C1, C2."));
            }
        }
        Set<String> languages = new LinkedHashSet<>();
        List<String> rawLanguages = raw.languages() == null ? List.of() : raw.languages();
        for (int i = 0; i < rawLanguages.size(); i++) {
            String code = rawLanguages.get(i);
            String field = "languages[" + i + "]";
            Languages.normalise(code).ifPresentOrElse(languages::add, () -> problems.add(new FieldViolation(field,
                    "unknown-language", "'" + code + "' is geen ISO 639-1-taalcode (nl, fr, ar, uk …).")));
        }
        Set<String> interests = codes("interests", raw.interests(), c -> Interest.byCode(c).map(Interest::code)
                .orElse(null), Interest.codes(), problems);
        Set<String> slots = codes("availability", raw.availability(), c -> TimeSlot.byCode(c).map(TimeSlot::code)
                .orElse(null), List.of("mon-morning", "…", "sun-evening"), problems);
        ReferralChannel channel = null;
        if (blankToNull(raw.referralChannel()) == null) {
            problems.add(required("referralChannel", "Zeg hoe de inburgeraar bij het traject kwam."));
        } else {
            channel = ReferralChannel.byCode(raw.referralChannel()).orElse(null);
            if (channel == null) {
                problems.add(unknown("referralChannel", raw.referralChannel(), ReferralChannel.codes()));
            }
        }
        LocalDate contract = date("integrationContractDate", raw.integrationContractDate(), problems);
        if (contract != null && contract.isAfter(today)) {
            problems.add(new FieldViolation("integrationContractDate", "in-the-future",
                    "De datum van het inburgeringscontract ligt in de toekomst."));
        }
        IntegrationProgress progress = null;
        if (blankToNull(raw.integrationProgress()) == null) {
            problems.add(required("integrationProgress",
                    "Zeg of het inburgeringstraject loopt, kan starten, afgelopen is of niet van toepassing is."));
        } else {
            progress = IntegrationProgress.byCode(raw.integrationProgress()).orElse(null);
            if (progress == null) {
                problems.add(unknown("integrationProgress", raw.integrationProgress(), IntegrationProgress.codes()));
            }
        }
        LocalDate ended = date("integrationEndedOn", raw.integrationEndedOn(), problems);
        if (progress == IntegrationProgress.ENDED && ended == null
                && problems.stream().noneMatch(p -> p.field().equals("integrationEndedOn"))) {
            problems.add(required("integrationEndedOn", "Geef de datum waarop het inburgeringstraject afliep."));
        }
        if (ended != null && ended.isAfter(today)) {
            problems.add(new FieldViolation("integrationEndedOn", "in-the-future",
                    "Een afgelopen inburgeringstraject eindigde niet in de toekomst."));
        }
        if (progress != null && progress != IntegrationProgress.ENDED) {
            ended = null;
        }
        Map<ConsentPurpose, Boolean> consents = Consents.parse(raw.consents(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewcomerDetails(first, last, email, phone, status, nis, level, Set.copyOf(languages),
                Set.copyOf(interests), Set.copyOf(slots), channel, contract, progress, ended, Map.copyOf(consents));
    }

    private static Set<String> codes(String field, List<String> raw, java.util.function.Function<String, String> read,
                                     List<String> allowed, List<FieldViolation> problems) {
        Set<String> result = new LinkedHashSet<>();
        List<String> values = raw == null ? List.of() : raw;
        for (int i = 0; i < values.size(); i++) {
            String code = read.apply(values.get(i));
            if (code == null) {
                problems.add(new FieldViolation(field + "[" + i + "]", "unknown-code", "Onbekende waarde '"
                        + values.get(i) + "'; mogelijk: " + String.join(", ", allowed) + "."));
            } else {
                result.add(code);
            }
        }
        return result;
    }

    private static String name(String field, String raw, String what, List<FieldViolation> problems) {
        String value = blankToNull(raw);
        if (value == null) {
            problems.add(required(field, "De " + what + " is verplicht."));
        } else if (value.length() > 80) {
            problems.add(new FieldViolation(field, "too-long", "Hoogstens 80 tekens."));
        }
        return value;
    }

    private static LocalDate date(String field, String raw, List<FieldViolation> problems) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldViolation(field, "not-a-date", "Geef een datum als 2025-03-01, niet '" + value
                    + "'."));
            return null;
        }
    }

    private static FieldViolation required(String field, String message) {
        return new FieldViolation(field, "required", message);
    }

    private static FieldViolation unknown(String field, String value, List<String> codes) {
        return new FieldViolation(field, "unknown-" + field, "Onbekende waarde '" + value + "'; mogelijk: "
                + String.join(", ", codes) + ".");
    }

    static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
