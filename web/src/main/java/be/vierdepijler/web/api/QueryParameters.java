package be.vierdepijler.web.api;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.web.api.table.ListDownloads;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the raw query parameters of one list request and collects every malformed one, so that the caller gets all
 * of them in one 400 instead of one at a time: parse what you need, then {@link #check()}.
 */
public final class QueryParameters {

    private final List<FieldViolation> violations = new ArrayList<>();

    /**
     * The page asked for. In a list download ({@link ListDownloads#active()}) {@code page} and {@code size} are
     * ignored: the first {@link ListDownloads#MAX_ROWS} rows in the asked order.
     */
    public PageRequest page(String page, String size, String sort, Set<String> sortable, String defaultSort) {
        try {
            if (ListDownloads.active()) {
                PageRequest order = PageRequest.parse(null, null, sort, sortable, defaultSort);
                return new PageRequest(0, ListDownloads.MAX_ROWS, order.sortField(), order.descending());
            }
            return PageRequest.parse(page, size, sort, sortable, defaultSort);
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /** {@link #page} for a resource that reads no other parameter: a malformed one is a 400 at once. */
    public static PageRequest pageRequest(String page, String size, String sort, Set<String> sortable,
                                          String defaultSort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, sortable, defaultSort);
        parameters.check();
        return request;
    }

    /**
     * A code from a fixed list ({@code province=limburg}, {@code kind=association}); null when absent.
     *
     * @param what the Dutch word for it in the message, e.g. {@code provincie}
     */
    public <T> T code(String field, String raw, Function<String, Optional<T>> byCode, List<String> codes,
                      String what) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        Optional<T> found = byCode.apply(value);
        if (found.isEmpty()) {
            violations.add(new FieldViolation(field, "unknown-" + field, "Onbekende " + what + " '" + value
                    + "'; mogelijk: " + String.join(", ", codes) + "."));
        }
        return found.orElse(null);
    }

    /** {@code true} or {@code false}; null when absent. */
    public Boolean bool(String field, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            violations.add(new FieldViolation(field, "not-a-boolean", "Moet true of false zijn, niet '" + value
                    + "'."));
            return null;
        }
        return Boolean.valueOf(value);
    }

    /** A whole positive number ({@code organisation=12}); null when absent. */
    public Long number(String field, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new FieldViolation(field, "not-a-number", "Moet een positief geheel getal zijn, niet '"
                + value + "'."));
        return null;
    }

    /** A date as {@code 2026-03-31}; null when absent. */
    public LocalDate date(String field, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "not-a-date", "Geef een datum als 2026-03-31, niet '" + value
                    + "'."));
            return null;
        }
    }

    /** Adds a violation found by the caller itself (e.g. in a request body). */
    public void add(FieldViolation violation) {
        violations.add(violation);
    }

    /** The violations seen so far. */
    public List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    /** @throws InvalidInputException with every malformed parameter seen so far */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The parameter stripped, or null when absent or blank. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /**
     * A numeric id from the path; anything else cannot name an object and answers 404 like an unknown id.
     *
     * @param kind the Dutch name of the kind of object, for the message
     */
    public static long id(String raw, String kind) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException(kind, raw);
        }
    }
}
