package be.vierdepijler.core.imports.domain;

import java.util.Map;
import java.util.Objects;

/**
 * One data row of an import file.
 *
 * @param line   the line (CSV) or row number (XLSX) in the file as a spreadsheet shows it, the header being line 1
 * @param values the cells by column name as {@link ImportKind#columns()} names them; blank cells are absent
 */
public record ImportRow(int line, Map<String, String> values) {

    public ImportRow {
        values = Map.copyOf(values);
    }

    /** The trimmed value of a column, or null when the cell is empty or the column absent. */
    public String get(String column) {
        String value = values.get(Objects.requireNonNull(column, "column"));
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public boolean has(String column) {
        return get(column) != null;
    }
}
