package be.vierdepijler.core.imports.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.imports.domain.ImportFileException;
import be.vierdepijler.core.imports.domain.ImportFormat;
import be.vierdepijler.core.imports.domain.ImportSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportFilesTest {

    private final ImportFiles files = new ImportFiles();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsCsvWithSemicolonsAndAByteOrderMarkAsExcelSavesIt() {
        ImportSheet sheet = files.read(utf8("\uFEFFnaam;gemeente\r\nCafé Één;33021\r\n"));
        assertThat(sheet.format()).isEqualTo(ImportFormat.CSV);
        assertThat(sheet.headers()).containsExactly("naam", "gemeente");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0).line()).isEqualTo(2);
        assertThat(sheet.rows().get(0).cells()).containsExactly("Café Één", "33021");
    }

    @Test
    void detectsTheCommaFromTheHeaderLineAndKeepsCommasInsideQuotesAndSemicolonsInCells() {
        ImportSheet sheet = files.read(utf8("naam,beschrijving\n\"Vzw A, B\",x;y\n"));
        assertThat(sheet.headers()).containsExactly("naam", "beschrijving");
        assertThat(sheet.rows().get(0).cells()).containsExactly("Vzw A, B", "x;y");
    }

    @Test
    void countsLinesAsASpreadsheetShowsThemSkippingBlankRowsButKeepingTheirNumbers() {
        ImportSheet sheet = files.read(utf8("naam;gemeente\nA;1\n;\nB;2\n\"C\nmet twee regels\";3\nD;4\n"));
        assertThat(sheet.rows()).extracting(ImportSheet.RawRow::line).containsExactly(2, 4, 5, 6);
    }

    @Test
    void readsWindows1252WhenTheFileIsNotUtf8() {
        byte[] latin = "naam;gemeente\nCaf\u00e9;33021\n".getBytes(Charset.forName("windows-1252"));
        assertThat(files.read(latin).rows().get(0).cells().get(0)).isEqualTo("Café");
    }

    @Test
    void refusesABinaryFileAnEmptyOneAndAnOldExcelFileWithAReason() {
        assertThatThrownBy(() -> files.read(new byte[] {'a', 0, 'b', '\n'}))
                .isInstanceOf(ImportFileException.class).extracting("code").isEqualTo("binary");
        assertThatThrownBy(() -> files.read(new byte[0])).extracting("code").isEqualTo("empty");
        assertThatThrownBy(() -> files.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2}))
                .extracting("code").isEqualTo("old-excel");
    }

    @Test
    void refusesACorruptXlsxAsABadFileNotAsAnError() {
        byte[] zipHeaderOnly = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThatThrownBy(() -> files.read(zipHeaderOnly)).isInstanceOf(ImportFileException.class)
                .extracting("code").isEqualTo("corrupt-xlsx");
    }

    @Test
    void refusesTooLargeFilesAndTooManyRowsAsTooLarge() {
        byte[] huge = new byte[ImportFiles.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> files.read(huge)).isInstanceOf(ImportFileException.class)
                .matches(e -> ((ImportFileException) e).tooLarge());
        StringBuilder many = new StringBuilder("naam\n");
        for (int i = 0; i <= ImportFiles.MAX_ROWS; i++) {
            many.append("r").append(i).append('\n');
        }
        assertThatThrownBy(() -> files.read(utf8(many.toString()))).extracting("code").isEqualTo("too-many-rows");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithNumbersAsPlainDecimalsAndDatesAsIsoDates() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Gegevens");
            Row header = sheet.createRow(0);
            List<String> names = List.of("naam", "bedrag", "plaatsen", "datum", "actief", "formule");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Vzw Één");
            row.createCell(1).setCellValue(40000.5);
            row.createCell(2).setCellValue(12);
            row.createCell(3).setCellValue(LocalDate.of(2021, 1, 31));
            row.getCell(3).setCellStyle(dateStyle);
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellFormula("0.1+0.2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.createSheet("Ander blad").createRow(0).createCell(0).setCellValue("genegeerd");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        ImportSheet sheet = files.read(xlsx);
        assertThat(sheet.format()).isEqualTo(ImportFormat.XLSX);
        assertThat(sheet.headers()).containsExactly("naam", "bedrag", "plaatsen", "datum", "actief", "formule");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0).line()).isEqualTo(3);
        assertThat(sheet.rows().get(0).cells()).containsExactly("Vzw Één", "40000.5", "12", "2021-01-31", "ja",
                "0.3");
    }

    @Test
    void aQuoteNeverClosedIsRefusedWithWhereNotWithTheParsersOwnMessage() {
        byte[] csv = "naam;gemeente\nEen;Gent\n\"Twee;Gent\nDrie;Gent\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportFiles.csv(csv))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.code()).isEqualTo("malformed-csv");
                    assertThat(e.getMessage()).contains("na rij 2").doesNotContain("org.", "Exception", "EOF");
                });
    }
}
