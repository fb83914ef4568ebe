package be.vierdepijler.core.imports.domain;

import java.util.List;
import java.util.Objects;

/**
 * What an import file holds before its headers are matched to a kind's columns: the header cells as written and the
 * data rows as cells in the same order.
 *
 * @param format  how the file was read
 * @param headers the cells of line 1, as written (trailing blank cells dropped)
 * @param rows    the data rows, blank rows dropped
 */
public record ImportSheet(ImportFormat format, List<String> headers, List<RawRow> rows) {

    /**
     * One data row.
     *
     * @param line  the line as a spreadsheet shows it (the header is line 1)
     * @param cells the cells in the order of the headers; may be shorter or longer
     */
    public record RawRow(int line, List<String> cells) {
        public RawRow {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }

    public ImportSheet {
        Objects.requireNonNull(format, "format");
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
