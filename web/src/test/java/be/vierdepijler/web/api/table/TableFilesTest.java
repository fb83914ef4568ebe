package be.vierdepijler.web.api.table;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFilesTest {

    private static final List<Column> COLUMNS = List.of(Column.text("name", "Project; naam"),
            Column.integer("count", "Aantal"), Column.amount("amount", "Bedrag"), Column.date("start", "Start"),
            Column.bool("selected", "Geselecteerd"), Column.percent("share", "Aandeel"));

    private static final Table PILOTS = Table.builder("pilots", "Proeftuinen", COLUMNS)
            .row("Z(in)²burgering \"Sint-Niklaas\"", 3L, new BigDecimal("40000.00"), LocalDate.of(2021, 1, 1), true,
                    new BigDecimal("12.5"))
            .row("Buddywerk", 0L, null, null, false, null)
            .totals("Totaal", 3L, new BigDecimal("40000.00"), null, null, new BigDecimal("12.5"))
            .build();

    private static final Table PER_STATUS = Table.builder("per-status", "Per status",
            List.of(Column.text("status", "Status"), Column.integer("count", "Aantal")))
            .row("geselecteerd", 26L).build();

    private static final Report REPORT = new Report("pilots-of-call", "Proeftuinen van oproep 507",
            Map.of("Oproep", "oproep 507"), List.of(PILOTS, PER_STATUS));

    @Test
    void csvHasTheBomTheDutchHeaderSemicolonsAndADecimalComma() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.csv(PILOTS, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Project; naam\";Aantal;Bedrag;");
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get()
                .parse(new InputStreamReader(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8))
                .getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(1).toList()).containsExactly("Z(in)²burgering \"Sint-Niklaas\"", "3", "40000,00",
                "2021-01-01", "ja", "12,5");
        assertThat(records.get(2).toList()).containsExactly("Buddywerk", "0", "", "", "nee", "");
        assertThat(records.get(3).get(0)).isEqualTo("Totaal");
    }

    @Test
    void xlsxHasOneTypedSheetPerTableAndTheFilters() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.xlsx(REPORT, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet pilots = workbook.getSheetAt(0);
            assertThat(pilots.getSheetName()).isEqualTo("Proeftuinen");
            assertThat(pilots.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Project; naam");
            assertThat(pilots.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(pilots.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(40000.0);
            assertThat(pilots.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2021, 1, 1));
            assertThat(pilots.getRow(2).getCell(2)).isNull();
            assertThat(pilots.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Totaal");
            assertThat(workbook.getFontAt(pilots.getRow(3).getCell(2).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("geselecteerd");
            Sheet about = workbook.getSheetAt(2);
            assertThat(about.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Proeftuinen van oproep 507");
            assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("oproep 507");
        }
    }

    @Test
    void jsonRowsAreKeyedByColumn() {
        ReportDto dto = ReportDto.of(REPORT);
        assertThat(dto.tables()).hasSize(2);
        assertThat(dto.tables().get(0).rows().get(0)).containsEntry("amount", new BigDecimal("40000.00"))
                .containsEntry("selected", true);
        assertThat(dto.tables().get(0).totals()).containsEntry("name", "Totaal");
        assertThat(dto.tables().get(1).totals()).isNull();
        assertThat(dto.tables().get(0).columns().get(2).kind()).isEqualTo("amount");
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedWhenTheTableIsMade() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Table.builder("t", "T", COLUMNS).row("a").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
