package be.vierdepijler.core.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportHeadersTest {

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("naam", "De naam", "Vzw"),
            ImportColumn.required("soort_traject", "Het soort traject", "buddy"),
            ImportColumn.optional("beschrijving", "Wat", "x"));

    @Test
    void matchesHeadersIgnoringCaseAccentsSpacesUnderscoresAndDashes() {
        ImportHeaders headers = ImportHeaders.match(List.of(" NAAM ", "Soort Traject", "Beschrïjving"), COLUMNS);
        assertThat(headers.problems()).isEmpty();
        ImportSheet sheet = new ImportSheet(ImportFormat.CSV, List.of("NAAM", "Soort Traject", "Beschrïjving"),
                List.of(new ImportSheet.RawRow(2, List.of("A", "buddy", " "))));
        List<RowProblem> problems = new ArrayList<>();
        List<ImportRow> rows = headers.rows(sheet, problems);
        assertThat(problems).isEmpty();
        assertThat(rows.get(0).values()).containsOnlyKeys("naam", "soort_traject");
        assertThat(rows.get(0).get("soort_traject")).isEqualTo("buddy");
        assertThat(ImportHeaders.fold("Soort-traject")).isEqualTo(ImportHeaders.fold("soort_traject"));
    }

    @Test
    void anUnknownARepeatedAndAMissingRequiredColumnAreEachAProblemAtLineOne() {
        ImportHeaders headers = ImportHeaders.match(List.of("naam", "kleur", "Naam"), COLUMNS);
        assertThat(headers.problems()).extracting(RowProblem::line).containsOnly(1);
        assertThat(headers.problems()).extracting(RowProblem::code)
                .containsExactly("unknown-column", "duplicate-column", "missing-column");
        assertThat(headers.problems()).extracting(RowProblem::column)
                .containsExactly("kleur", "naam", "soort_traject");
    }

    @Test
    void aValueInACellWithoutHeaderIsAProblemOfItsRow() {
        ImportHeaders headers = ImportHeaders.match(List.of("naam", "soort_traject"), COLUMNS);
        ImportSheet sheet = new ImportSheet(ImportFormat.CSV, List.of("naam", "soort_traject"),
                List.of(new ImportSheet.RawRow(7, List.of("A", "buddy", "extra"))));
        List<RowProblem> problems = new ArrayList<>();
        headers.rows(sheet, problems);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.code()).isEqualTo("cell-without-header");
        });
    }
}
