package be.vierdepijler.core.imports.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches the header line of a file to a kind's columns, ignoring case, accents, spaces, underscores and dashes
 * ({@code Soort traject}, {@code soort_traject} and {@code SOORT-TRAJECT} are one column). A header that names no
 * column, a column named twice and a required column that is missing are problems at line 1, all of them at once.
 */
public final class ImportHeaders {

    private final Map<Integer, String> columnOfCell;
    private final List<RowProblem> problems;

    private ImportHeaders(Map<Integer, String> columnOfCell, List<RowProblem> problems) {
        this.columnOfCell = columnOfCell;
        this.problems = problems;
    }

    /** The name a header or column is compared by. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]+", "");
    }

    public static ImportHeaders match(List<String> headers, List<ImportColumn> columns) {
        Map<String, ImportColumn> byFolded = new HashMap<>();
        for (ImportColumn column : columns) {
            byFolded.put(fold(column.name()), column);
        }
        Map<Integer, String> columnOfCell = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).strip();
            if (header.isEmpty()) {
                problems.add(new RowProblem(1, null, "blank-header", "Kolom " + (i + 1)
                        + " heeft geen naam in de eerste regel."));
                continue;
            }
            ImportColumn column = byFolded.get(fold(header));
            if (column == null) {
                problems.add(new RowProblem(1, header, "unknown-column", "Onbekende kolom '" + header
                        + "'; mogelijk: " + String.join(", ", columns.stream().map(ImportColumn::name).toList())
                        + "."));
            } else if (seen.putIfAbsent(column.name(), i) != null) {
                problems.add(new RowProblem(1, column.name(), "duplicate-column", "De kolom '" + column.name()
                        + "' staat er twee keer in."));
            } else {
                columnOfCell.put(i, column.name());
            }
        }
        for (ImportColumn column : columns) {
            if (column.required() && !seen.containsKey(column.name())) {
                problems.add(new RowProblem(1, column.name(), "missing-column", "De verplichte kolom '"
                        + column.name() + "' ontbreekt."));
            }
        }
        return new ImportHeaders(columnOfCell, problems);
    }

    /** The header problems; empty when the rows can be read. */
    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * The data rows by column name. A cell beyond the headers that holds a value is a problem of its row.
     *
     * @param problems collects those problems
     */
    public List<ImportRow> rows(ImportSheet sheet, List<RowProblem> problems) {
        List<ImportRow> rows = new ArrayList<>(sheet.rows().size());
        for (ImportSheet.RawRow raw : sheet.rows()) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < raw.cells().size(); i++) {
                String cell = raw.cells().get(i);
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                String column = columnOfCell.get(i);
                if (column != null) {
                    values.put(column, cell);
                } else if (i >= sheet.headers().size()) {
                    problems.add(new RowProblem(raw.line(), null, "cell-without-header", "Cel " + (i + 1)
                            + " heeft een waarde maar geen kolomnaam in de eerste regel."));
                }
            }
            rows.add(new ImportRow(raw.line(), values));
        }
        return rows;
    }
}
