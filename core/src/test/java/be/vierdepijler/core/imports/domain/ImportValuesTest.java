package be.vierdepijler.core.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportValuesTest {

    private static ImportValues values(String column, String value) {
        return new ImportValues(new ImportRow(7, Map.of(column, value)));
    }

    @Test
    void aCellWithNulOrALoneSurrogateOrADateOutsideAnySaneRangeIsAProblemOfItsColumn() {
        for (String[] bad : new String[][] {{"a\u0000b", "nul-character"}, {"a\ud800", "unpaired-surrogate"}}) {
            ImportValues v = values("naam", bad[0]);
            assertThat(v.text("naam", true, 200)).isNull();
            assertThat(v.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(bad[1]));
        }
        for (String day : new String[] {"0000-01-01", "-0001-01-01", "+99999-01-01", "31/12/1899", "01/01/2201"}) {
            ImportValues v = values("start", day);
            assertThat(v.date("start", true)).as(day).isNull();
            assertThat(v.problems()).as(day).singleElement()
                    .satisfies(p -> assertThat(p.code()).isEqualTo("date-out-of-range"));
        }
        assertThat(values("start", "01/01/1900").date("start", true)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(values("naam", "Zoë 😀").text("naam", true, 200)).isEqualTo("Zoë 😀");
    }

    @Test
    void amountsInTheFormatsAFlemishSpreadsheetWrites() {
        assertThat(values("b", "40000").amount("b", true)).isEqualByComparingTo("40000");
        assertThat(values("b", "20099.89").amount("b", true)).isEqualByComparingTo("20099.89");
        assertThat(values("b", "20099,89").amount("b", true)).isEqualByComparingTo("20099.89");
        assertThat(values("b", "1.998.813,00").amount("b", true)).isEqualByComparingTo("1998813");
        assertThat(values("b", "40 000,5 €").amount("b", true)).isEqualByComparingTo("40000.5");
    }

    @Test
    void fortyThousandWithAPointOnlyIsRefusedAsAmbiguous() {
        ImportValues v = values("bedrag", "40.000");
        assertThat(v.amount("bedrag", true)).isNull();
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo("bedrag");
            assertThat(p.code()).isEqualTo("ambiguous-amount");
        });
    }

    @Test
    void moreThanTwoDecimalsAndWordsAreNotAmounts() {
        for (String bad : new String[] {"12.345", "1,234", "12.3456", "veertig", "40000,001", "4e5"}) {
            ImportValues v = values("b", bad);
            assertThat(v.amount("b", false)).as(bad).isNull();
            assertThat(v.problems()).as(bad).hasSize(1);
        }
    }

    @Test
    void anEmptyRequiredCellIsAProblemAndAnOptionalOneIsNot() {
        ImportValues v = values("naam", "   ");
        assertThat(v.text("naam", false)).isNull();
        assertThat(v.problems()).isEmpty();
        assertThat(v.text("naam", true)).isNull();
        assertThat(v.problems()).extracting(RowProblem::code).containsExactly("required");
    }

    @Test
    void datesIsoOrSlashedAndImpossibleDatesRefused() {
        assertThat(values("d", "2021-01-01").date("d", true)).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(values("d", "30/6/2022").date("d", true)).isEqualTo(LocalDate.of(2022, 6, 30));
        ImportValues v = values("d", "31/02/2022");
        assertThat(v.date("d", true)).isNull();
        assertThat(v.problems()).extracting(RowProblem::code).containsExactly("not-a-date");
    }

    @Test
    void percentOutsideZeroToHundredIsRefused() {
        assertThat(values("p", "50 %").percent("p", true)).isEqualByComparingTo("50");
        ImportValues v = values("p", "150");
        assertThat(v.percent("p", true)).isNull();
        assertThat(v.problems()).extracting(RowProblem::code).containsExactly("out-of-range");
    }

    @Test
    void listsAndPairs() {
        assertThat(values("l", " buddy | | volunteering ").list("l", true)).containsExactly("buddy", "volunteering");
        assertThat(values("v", "2020=100000.00|2021=5.000,00").amountsByKey("v", true))
                .containsExactly(Map.entry("2020", new BigDecimal("100000.00")), Map.entry("2021", new BigDecimal("5000.00")));
        ImportValues twice = values("v", "2020=1|2020=2|2021");
        twice.amountsByKey("v", true);
        assertThat(twice.problems()).extracting(RowProblem::code).containsExactly("duplicate", "not-a-pair");
    }

    @Test
    void aTooLongTextIsAProblem() {
        ImportValues v = values("naam", "x".repeat(201));
        assertThat(v.text("naam", true, 200)).isNull();
        assertThat(v.problems()).extracting(RowProblem::code).containsExactly("too-long");
    }
}
