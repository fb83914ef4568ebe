package be.vierdepijler.web.api.table;

import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as files a coordinator in Flanders opens as they are, with Apache Commons CSV and Apache POI:
 * <ul>
 *   <li>CSV: UTF-8 with a byte order mark, {@code ;} between fields and a decimal comma (a Belgian Windows' list
 *   and decimal separators), CRLF, the Dutch headers; dates as {@code yyyy-mm-dd}, booleans as {@code ja}/{@code nee};
 *   one table per file;</li>
 *   <li>XLSX: one sheet per table with a bold header and totals row, numbers and dates as typed cells (amounts
 *   {@code #,##0.00}, dates {@code dd/mm/yyyy}), then a sheet "Over dit rapport" with the title and the filters.
 *   Written with POI's streaming workbook, so a long list never sits in memory as a whole.</li>
 * </ul>
 */
public final class TableFiles {

    private static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_COLUMN_CHARS = 60;

    private TableFiles() {
    }

    /** One table as CSV. */
    public static void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(table.columns().stream().map(Column::label).toList());
        for (List<Object> row : table.rows()) {
            printer.printRecord(csvCells(table.columns(), row));
        }
        if (table.totals() != null) {
            printer.printRecord(csvCells(table.columns(), table.totals()));
        }
        printer.flush();
    }

    /** The text of one cell in a CSV file (decimal comma, ISO dates, ja/nee, empty for null). */
    public static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString().replace('.', ',');
        }
        if (value instanceof Boolean b) {
            return b ? "ja" : "nee";
        }
        return value.toString();
    }

    private static List<String> csvCells(List<Column> columns, List<Object> row) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Object value : row) {
            cells.add(csvCell(value));
        }
        return cells;
    }

    /** The whole report as an XLSX workbook. */
    public static void xlsx(Report report, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Styles styles = new Styles(workbook);
            List<String> names = new ArrayList<>();
            for (Table table : report.tables()) {
                Sheet sheet = workbook.createSheet(uniqueName(names, table.title()));
                writeTable(sheet, table, styles);
            }
            Sheet about = workbook.createSheet(uniqueName(names, "Over dit rapport"));
            int r = 0;
            Cell title = about.createRow(r++).createCell(0);
            title.setCellValue(report.title());
            title.setCellStyle(styles.header);
            for (Map.Entry<String, String> parameter : report.parameters().entrySet()) {
                Row row = about.createRow(r++);
                row.createCell(0).setCellValue(parameter.getKey());
                row.createCell(1).setCellValue(parameter.getValue());
            }
            about.setColumnWidth(0, 30 * 256);
            about.setColumnWidth(1, 60 * 256);
            workbook.write(out);
        }
    }

    private static void writeTable(Sheet sheet, Table table, Styles styles) {
        List<Column> columns = table.columns();
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).label());
            cell.setCellStyle(styles.header);
            widths[c] = columns.get(c).label().length();
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            writeRow(sheet.createRow(r++), columns, values, styles, false, widths);
        }
        if (table.totals() != null) {
            writeRow(sheet.createRow(r), columns, table.totals(), styles, true, widths);
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 2) * 256);
        }
    }

    private static void writeRow(Row row, List<Column> columns, List<Object> values, Styles styles, boolean totals,
                                 int[] widths) {
        for (int c = 0; c < columns.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            Column.Kind kind = columns.get(c).kind();
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b ? "ja" : "nee");
            } else {
                cell.setCellValue(value.toString());
            }
            cell.setCellStyle(styles.of(kind, totals));
            if (row.getRowNum() <= ROWS_IN_MEMORY) {
                widths[c] = Math.max(widths[c], csvCell(value).length());
            }
        }
    }

    private static String uniqueName(List<String> taken, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    /** One cell style per kind of column, plain and bold (styles are a workbook-wide, limited resource). */
    private static final class Styles {
        final CellStyle header;
        final Map<Column.Kind, CellStyle> plain = new EnumMap<>(Column.Kind.class);
        final Map<Column.Kind, CellStyle> bold = new EnumMap<>(Column.Kind.class);

        Styles(SXSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            for (Column.Kind kind : Column.Kind.values()) {
                String format = switch (kind) {
                    case AMOUNT, DECIMAL -> "#,##0.00";
                    case PERCENT -> "0.0";
                    case INTEGER -> "0";
                    case DATE -> "dd/mm/yyyy";
                    case TEXT, BOOLEAN -> "@";
                };
                short dataFormat = workbook.createDataFormat().getFormat(format);
                CellStyle p = workbook.createCellStyle();
                p.setDataFormat(dataFormat);
                plain.put(kind, p);
                CellStyle b = workbook.createCellStyle();
                b.setDataFormat(dataFormat);
                b.setFont(boldFont);
                bold.put(kind, b);
            }
        }

        CellStyle of(Column.Kind kind, boolean totals) {
            return (totals ? bold : plain).get(kind);
        }
    }
}
