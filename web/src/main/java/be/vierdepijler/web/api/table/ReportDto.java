package be.vierdepijler.web.api.table;

import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Report} as JSON: each table's rows are objects keyed by the columns' keys, so that a client reads
 * {@code rows[0].awardedAmount}; the columns say the Dutch header and the kind of every cell. The CSV and XLSX
 * downloads of the same report hold exactly these values.
 */
public record ReportDto(String key, String title, List<ParameterDto> parameters, List<TableDto> tables) {

    /** A filter the report was made with, as a person reads it. */
    public record ParameterDto(String name, String value) {
    }

    /** One column: key, Dutch header, and kind ({@code text}, {@code integer}, {@code amount}, ...). */
    public record ColumnDto(String key, String label, String kind) {
    }

    /** One table. {@code totals} is null when the table has no totals row. */
    public record TableDto(String key, String title, List<ColumnDto> columns, List<Map<String, Object>> rows,
                           Map<String, Object> totals) {
    }

    public static ReportDto of(Report report) {
        List<ParameterDto> parameters = new ArrayList<>();
        report.parameters().forEach((name, value) -> parameters.add(new ParameterDto(name, value)));
        return new ReportDto(report.key(), report.title(), parameters,
                report.tables().stream().map(ReportDto::table).toList());
    }

    private static TableDto table(Table table) {
        List<ColumnDto> columns = table.columns().stream()
                .map(c -> new ColumnDto(c.key(), c.label(), c.kind().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        List<Map<String, Object>> rows = table.rows().stream().map(r -> row(table.columns(), r)).toList();
        return new TableDto(table.key(), table.title(), columns, rows,
                table.totals() == null ? null : row(table.columns(), table.totals()));
    }

    private static Map<String, Object> row(List<Column> columns, List<Object> cells) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i).key(), cells.get(i));
        }
        return row;
    }
}
