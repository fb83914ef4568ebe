package be.vierdepijler.core.shared.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One table of figures, the single shape in which a report or a list leaves the application: the web module writes
 * the same {@code Table} as JSON, as CSV and as an XLSX sheet, so that a download always equals what the screen shows.
 * Rows hold their cells in the order of the columns; a cell is null or of its column's {@link Column.Kind} type.
 *
 * @param key     a stable name, used as the sheet's and the file's name (e.g. {@code pilots}, {@code per-status})
 * @param title   the heading a person reads, Dutch
 * @param columns the columns, at least one
 * @param rows    the rows, each as long as {@code columns}
 * @param totals  a closing row of totals (same length; null cells where a total makes no sense), or null
 */
public record Table(String key, String title, List<Column> columns, List<List<Object>> rows, List<Object> totals) {

    public Table {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copied.add(checked(columns, row));
        }
        rows = Collections.unmodifiableList(copied);
        totals = totals == null ? null : checked(columns, totals);
    }

    private static List<Object> checked(List<Column> columns, List<Object> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
        }
        return Collections.unmodifiableList(new ArrayList<>(row));
    }

    /** A builder that adds rows one by one: {@code Table.builder("pilots", "Proeftuinen", cols).row(a, b).build()}. */
    public static Builder builder(String key, String title, List<Column> columns) {
        return new Builder(key, title, columns);
    }

    /** Collects rows for a {@link Table}. */
    public static final class Builder {
        private final String key;
        private final String title;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();
        private List<Object> totals;

        private Builder(String key, String title, List<Column> columns) {
            this.key = key;
            this.title = title;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public Builder totals(Object... cells) {
            totals = java.util.Arrays.asList(cells);
            return this;
        }

        public Table build() {
            return new Table(key, title, columns, rows, totals);
        }
    }
}
