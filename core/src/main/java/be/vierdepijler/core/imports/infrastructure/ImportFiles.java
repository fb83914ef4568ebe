package be.vierdepijler.core.imports.infrastructure;

import be.vierdepijler.core.imports.domain.ImportFileException;
import be.vierdepijler.core.imports.domain.ImportFileReader;
import be.vierdepijler.core.imports.domain.ImportFormat;
import be.vierdepijler.core.imports.domain.ImportSheet;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an import file, telling the format from the content (an XLSX file is a zip archive: it starts with
 * {@code PK\3\4}), not from its name:
 * <ul>
 *   <li>CSV with Apache Commons CSV: UTF-8 with or without a byte order mark (a file that is not valid UTF-8 is read as
 *   Windows-1252, what Excel on a Belgian Windows saves as "CSV (puntkomma)"); the delimiter is {@code ;},
 *   {@code ,} or a tab, whichever the header line holds most of; quoted cells may span lines;</li>
 *   <li>XLSX with Apache POI: the first sheet; a number becomes plain text with a decimal point ({@code 40000},
 *   {@code 12.5}, as {@code ImportValues} reads them), a date cell an ISO date ({@code 2021-01-31}), a boolean
 *   {@code ja}/{@code nee}, a formula its cached value.</li>
 * </ul>
 * Line numbers are those a spreadsheet shows (the header is line 1); blank rows are skipped but keep their number.
 */
@ApplicationScoped
public class ImportFiles implements ImportFileReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public ImportSheet read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportFileException("empty", "Het bestand is leeg.");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportFileException("too-large", "Een bestand mag hoogstens " + MAX_BYTES / (1024 * 1024)
                    + " MB groot zijn.", true);
        }
        if (startsWith(content, ZIP)) {
            return xlsx(content);
        }
        if (startsWith(content, OLE2)) {
            throw new ImportFileException("old-excel", "Dit is een oud Excel-bestand (.xls) of een beveiligd"
                    + " bestand; bewaar het als .xlsx of .csv.");
        }
        return csv(content);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    // ---- CSV

    static ImportSheet csv(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new ImportFileException("binary", "Dit is geen CSV- of XLSX-bestand (het bevat binaire"
                        + " gegevens).");
            }
        }
        String text = decode(content);
        int end = text.indexOf('\n');
        String headerLine = end < 0 ? text : text.substring(0, end);
        char delimiter = delimiter(headerLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        List<String> headers = null;
        List<ImportSheet.RawRow> rows = new ArrayList<>();
        int lastRead = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                int line = (int) record.getRecordNumber();
                lastRead = line;
                if (headers == null) {
                    headers = trimTrailingBlanks(cells).stream().map(h -> h == null ? "" : h).toList();
                    continue;
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw tooManyRows();
                }
                rows.add(new ImportSheet.RawRow(line, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The parser's own message names its classes: the user gets where it went wrong and the likely cause.
            throw new ImportFileException("malformed-csv", "Het CSV-bestand is niet in orde na rij " + lastRead
                    + ": wellicht een aanhalingsteken (\") dat niet gesloten wordt. Sla het bestand opnieuw op als"
                    + " CSV of als Excel-werkboek.");
        }
        if (headers == null || headers.isEmpty()) {
            throw new ImportFileException("no-header", "De eerste regel moet de namen van de kolommen bevatten.");
        }
        return new ImportSheet(ImportFormat.CSV, headers, rows);
    }

    /** UTF-8 (a byte order mark dropped); what is not valid UTF-8 is read as Windows-1252. */
    static String decode(byte[] content) {
        int offset = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, offset, content.length - offset, WINDOWS_1252);
        }
    }

    /** The delimiter the header line holds most of: {@code ;} (Belgian Excel), {@code ,} or a tab. */
    static char delimiter(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    // ---- XLSX

    static ImportSheet xlsx(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFileException("no-header", "Het werkboek heeft geen blad.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row headerRow = sheet.getRow(0);
            if (headerRow == null) {
                throw new ImportFileException("no-header", "De eerste regel van het eerste blad moet de namen van"
                        + " de kolommen bevatten.");
            }
            List<String> headers = trimTrailingBlanks(cells(headerRow)).stream().map(h -> h == null ? "" : h).toList();
            if (headers.isEmpty()) {
                throw new ImportFileException("no-header", "De eerste regel van het eerste blad moet de namen van"
                        + " de kolommen bevatten.");
            }
            List<ImportSheet.RawRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = cells(row);
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw tooManyRows();
                }
                rows.add(new ImportSheet.RawRow(r + 1, cells));
            }
            return new ImportSheet(ImportFormat.XLSX, headers, rows);
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("corrupt-xlsx", "Dit XLSX-bestand kan niet gelezen worden (beschadigd of"
                    + " geen Excel-werkboek).");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? null : text(cell));
        }
        return cells;
    }

    /** The text of one cell as the import reads it. */
    static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())).toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nee";
            case ERROR -> ErrorEval.getText(cell.getErrorCellValue());
            default -> null;
        };
    }

    private static List<String> trimTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        return new ArrayList<>(cells.subList(0, end));
    }

    private static ImportFileException tooManyRows() {
        return new ImportFileException("too-many-rows", "Een bestand mag hoogstens " + MAX_ROWS
                + " rijen bevatten; splits het op.", true);
    }
}
