package be.vierdepijler.core.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Table;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

    private static final List<Column> COLUMNS = List.of(Column.text("network", "Netwerk"),
            Column.integer("obliged", "Verplicht"), Column.integer("entitled", "Rechthebbend"),
            Column.integer("total", "Totaal"));
    private static final List<SmallCounts.Group> SPLIT = List.of(SmallCounts.Group.of(3, 1, 2));

    private static Table table(Object[]... rows) {
        Table.Builder b = Table.builder("t", "T", COLUMNS);
        long[] totals = new long[3];
        for (Object[] row : rows) {
            b.row(row);
            for (int c = 1; c <= 3; c++) {
                totals[c - 1] += (Long) row[c];
            }
        }
        return b.totals("Totaal", totals[0], totals[1], totals[2]).build();
    }

    private static Object[] row(String name, long obliged, long entitled) {
        return new Object[] {name, obliged, entitled, obliged + entitled};
    }

    @Test
    void aSingleSmallCountInARowWhoseTotalIsShownTakesASecondCellWithIt() {
        Table shown = SmallCounts.suppress(table(row("Westhoek", 3, 40), row("Limburg", 50, 60)), SPLIT, 5);

        List<Object> westhoek = shown.rows().get(0);
        assertThat(westhoek.get(1)).as("the small count").isNull();
        // 43 - 40 would give the 3 away: the other part of the row goes too, the row's total stays
        assertThat(westhoek.get(2)).isNull();
        assertThat(westhoek.get(3)).isEqualTo(43L);
        // and in each column the smallest other count, so that the column totals give nothing away either
        assertThat(shown.rows().get(1)).containsExactly("Limburg", null, null, 110L);
        assertThat(shown.totals()).containsExactly("Totaal", 53L, 100L, 153L);
        assertNothingRecomputable(shown);
    }

    @Test
    void whenTheOtherPartsAreZeroTheTotalGoesInstead() {
        Table shown = SmallCounts.suppress(table(row("Westhoek", 2, 0), row("Limburg", 0, 9)), SPLIT, 5);

        assertThat(shown.rows().get(0)).containsExactly("Westhoek", null, 0L, null);
        // the column of the row totals lost one cell: Limburg's 9 goes too (else 11 - 9 = 2)
        assertThat(shown.rows().get(1).get(3)).isNull();
        // the obliged column: only zeros beside the 2, so its total goes
        assertThat(shown.totals().get(1)).isNull();
        assertNothingRecomputable(shown);
    }

    @Test
    void countsAtTheThresholdAndZeroStayAndAThresholdOfOneSuppressesNothing() {
        Table table = table(row("Westhoek", 5, 0), row("Limburg", 7, 1));
        assertThat(SmallCounts.suppress(table, SPLIT, 5).rows().get(0)).containsExactly("Westhoek", 5L, 0L, 5L);
        assertThat(SmallCounts.suppress(table, SPLIT, 1)).isEqualTo(table);
    }

    @Test
    void aColumnWithoutTotalsSuppressesOnlyItsSmallCounts() {
        Table languages = Table.builder("languages", "Talen", List.of(Column.text("language", "Taal"),
                Column.integer("buddies", "Buddy's"))).row("Arabisch", 12L).row("Tigrinya", 2L).build();
        Table shown = SmallCounts.suppress(languages, List.of(SmallCounts.Group.alone(1)), 5);
        assertThat(shown.rows()).containsExactly(Arrays.asList("Arabisch", 12L), Arrays.asList("Tigrinya", null));
    }

    /**
     * Every row and column with a shown total has either no suppressed part or at least two: no single hidden count
     * is the difference of shown ones.
     */
    private static void assertNothingRecomputable(Table shown) {
        List<List<Object>> all = new java.util.ArrayList<>(shown.rows());
        all.add(shown.totals());
        for (List<Object> row : all) {
            if (row.get(3) != null) {
                assertThat(row.subList(1, 3).stream().filter(java.util.Objects::isNull).count()).isNotEqualTo(1L);
            }
        }
        for (int c = 1; c <= 3; c++) {
            if (shown.totals().get(c) != null) {
                int column = c;
                assertThat(shown.rows().stream().filter(r -> r.get(column) == null).count()).isNotEqualTo(1L);
            }
        }
    }
}
