package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.web.api.input.JsonBodyScan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the fields of a request body and collects every malformed one, as {@code QueryParameters} does. */
final class Inputs {

    private final List<FieldViolation> problems = new ArrayList<>();

    static void requireBody(Object body, String what) {
        if (body == null) {
            throw new InvalidInputException("body", "required", "Stuur " + what + " als JSON.");
        }
    }

    LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldViolation(field, "not-a-date", "Geef een datum als 2025-03-01, niet '" + raw
                    + "'."));
            return null;
        }
    }

    BigDecimal decimal(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.strip());
            if (!JsonBodyScan.sane(value)) {
                problems.add(JsonBodyScan.numberViolation(field, raw.strip()));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new FieldViolation(field, "not-a-number", "Geef een getal, niet '" + raw + "'."));
            return null;
        }
    }

    Long id(String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.add(new FieldViolation(field, "required", "Dit veld is verplicht."));
            }
            return null;
        }
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldViolation(field, "not-an-id", "Geef een id (een positief geheel getal), niet '" + raw
                + "'."));
        return null;
    }

    void add(FieldViolation violation) {
        problems.add(violation);
    }

    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
