package be.vierdepijler.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which page of a collection the caller wants and in which order. Parsed from the raw query parameters
 * ({@code ?page=&size=&sort=}) so that a malformed value becomes a field-level violation, never a server error.
 *
 * <p>{@code sort} names one whitelisted property, ascending, or descending with a leading {@code -}
 * (e.g. {@code sort=-name}).
 *
 * @param page       zero-based page number
 * @param size       page size, 1 to {@link #MAX_SIZE}
 * @param sortField  a property from the collection's whitelist
 * @param descending whether to sort descending
 */
public record PageRequest(int page, int size, String sortField, boolean descending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    /**
     * @param rawPage     the {@code page} parameter or null
     * @param rawSize     the {@code size} parameter or null
     * @param rawSort     the {@code sort} parameter or null
     * @param sortable    the properties this collection can be sorted by
     * @param defaultSort the property used when {@code sort} is absent
     * @throws InvalidInputException with one violation per malformed parameter
     */
    public static PageRequest parse(String rawPage, String rawSize, String rawSort, Set<String> sortable,
                                    String defaultSort) {
        List<FieldViolation> violations = new ArrayList<>();
        int page = parseInt("page", rawPage, 0, 0, Integer.MAX_VALUE / MAX_SIZE, violations);
        int size = parseInt("size", rawSize, DEFAULT_SIZE, 1, MAX_SIZE, violations);
        String sortField = defaultSort;
        boolean descending = false;
        if (rawSort != null && !rawSort.isBlank()) {
            String s = rawSort.strip();
            descending = s.startsWith("-");
            sortField = descending ? s.substring(1) : s;
            if (!sortable.contains(sortField)) {
                violations.add(new FieldViolation("sort", "unknown-sort-field",
                        "Kan niet sorteren op '" + sortField + "'; mogelijk: " + String.join(", ",
                                sortable.stream().sorted().toList()) + " (met '-' ervoor voor aflopend)."));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PageRequest(page, size, sortField, descending);
    }

    private static int parseInt(String field, String raw, int fallback, int min, int max,
                                List<FieldViolation> violations) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                violations.add(new FieldViolation(field, "out-of-range",
                        "Moet tussen " + min + " en " + max + " liggen, niet " + value + "."));
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(field, "not-a-number", "Moet een geheel getal zijn, niet '" + raw + "'."));
            return fallback;
        }
    }
}
