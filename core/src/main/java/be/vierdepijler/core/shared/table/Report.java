package be.vierdepijler.core.shared.table;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report as the application answers it: a title, the filters it was made with, and one or more {@link Table}s. JSON
 * shows all tables; an XLSX file has one sheet per table; a CSV file holds one table (the first, or the one the caller
 * names), because CSV has no sheets.
 *
 * @param key        a stable name, the file's name in a download (e.g. {@code pilots-of-call})
 * @param title      the heading, Dutch
 * @param parameters the filters as a person reads them (e.g. {@code Periode → 2024-01-01 – 2024-12-31}), in order
 * @param tables     at least one table
 */
public record Report(String key, String title, Map<String, String> parameters, List<Table> tables) {

    public Report {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one table");
        }
    }

    public static Report of(String key, String title, Map<String, String> parameters, Table... tables) {
        return new Report(key, title, parameters, List.of(tables));
    }

    /** The table with this key, or the first when key is null. */
    public java.util.Optional<Table> table(String tableKey) {
        if (tableKey == null) {
            return java.util.Optional.of(tables.get(0));
        }
        return tables.stream().filter(t -> t.key().equals(tableKey)).findFirst();
    }
}
