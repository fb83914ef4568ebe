package be.vierdepijler.core.report.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.report.infrastructure.jpa.JpaPeriodReportRepository.Months;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a report's period splits into the whole months read from the hours' roll-up and the days at its edges read
 * from the entries themselves: together every day of the period exactly once, and nothing outside it.
 */
class MonthsTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** The edges as {@code from..to} strings, for readable comparisons. */
    private static List<String> edges(Months months, String from, String to) {
        return months.edges(day(from), day(to)).stream().map(e -> e[0] + ".." + e[1]).toList();
    }

    @Test
    void aWholeYearIsTwelveWholeMonthsWithoutEdges() {
        Months months = Months.of(day("2026-01-01"), day("2026-12-31"));
        assertThat(months.any()).isTrue();
        assertThat(months.first()).isEqualTo(day("2026-01-01"));
        assertThat(months.last()).isEqualTo(day("2026-12-01"));
        assertThat(edges(months, "2026-01-01", "2026-12-31")).isEmpty();
    }

    @Test
    void oneWholeMonthWithAnEdgeOnEachSide() {
        Months months = Months.of(day("2026-01-15"), day("2026-03-10"));
        assertThat(months.any()).isTrue();
        assertThat(months.first()).isEqualTo(day("2026-02-01"));
        assertThat(months.last()).isEqualTo(day("2026-02-01"));
        assertThat(edges(months, "2026-01-15", "2026-03-10"))
                .containsExactly("2026-01-15..2026-01-31", "2026-03-01..2026-03-10");
    }

    @Test
    void aPeriodInsideOneMonthIsOneEdgeAndNoWholeMonth() {
        Months months = Months.of(day("2026-02-03"), day("2026-02-20"));
        assertThat(months.any()).isFalse();
        assertThat(edges(months, "2026-02-03", "2026-02-20")).containsExactly("2026-02-03..2026-02-20");
    }

    @Test
    void twoDaysAcrossTheTurnOfAMonthHoldNoWholeMonth() {
        Months months = Months.of(day("2026-01-31"), day("2026-02-01"));
        assertThat(months.any()).isFalse();
        assertThat(edges(months, "2026-01-31", "2026-02-01")).containsExactly("2026-01-31..2026-02-01");
    }

    @Test
    void aLeapFebruaryEndsOnThe29th() {
        Months whole = Months.of(day("2024-01-01"), day("2024-02-29"));
        assertThat(whole.any()).isTrue();
        assertThat(whole.first()).isEqualTo(day("2024-01-01"));
        assertThat(whole.last()).isEqualTo(day("2024-02-01"));
        assertThat(edges(whole, "2024-01-01", "2024-02-29")).isEmpty();

        // the 28th of a leap February is not its end: February is an edge
        Months notYet = Months.of(day("2024-01-01"), day("2024-02-28"));
        assertThat(notYet.last()).isEqualTo(day("2024-01-01"));
        assertThat(edges(notYet, "2024-01-01", "2024-02-28")).containsExactly("2024-02-01..2024-02-28");

        // and a February of 28 days ends on the 28th
        Months common = Months.of(day("2026-02-10"), day("2026-02-28"));
        assertThat(common.any()).isFalse();
        assertThat(edges(common, "2026-02-10", "2026-02-28")).containsExactly("2026-02-10..2026-02-28");
        assertThat(Months.of(day("2026-02-01"), day("2026-02-28")).any()).isTrue();
    }

    @Test
    void oneWholeMonthAndAnEdgeOnOneSideOnly() {
        Months months = Months.of(day("2026-03-01"), day("2026-04-09"));
        assertThat(months.first()).isEqualTo(day("2026-03-01"));
        assertThat(months.last()).isEqualTo(day("2026-03-01"));
        assertThat(edges(months, "2026-03-01", "2026-04-09")).containsExactly("2026-04-01..2026-04-09");

        Months before = Months.of(day("2025-12-20"), day("2026-01-31"));
        assertThat(before.first()).isEqualTo(day("2026-01-01"));
        assertThat(before.last()).isEqualTo(day("2026-01-01"));
        assertThat(edges(before, "2025-12-20", "2026-01-31")).containsExactly("2025-12-20..2025-12-31");
    }

    @Test
    void aSingleDayIsOneEdge() {
        Months months = Months.of(day("2026-05-01"), day("2026-05-01"));
        assertThat(months.any()).isFalse();
        assertThat(edges(months, "2026-05-01", "2026-05-01")).containsExactly("2026-05-01..2026-05-01");
    }

    @Test
    void fromAfterToHoldsNothing() {
        for (String[] period : new String[][] {{"2026-03-10", "2026-03-01"}, {"2026-03-01", "2026-02-28"},
                {"2026-04-15", "2026-01-20"}, {"2026-03-01", "2026-01-31"}}) {
            Months months = Months.of(day(period[0]), day(period[1]));
            assertThat(months.any()).as("whole months of %s..%s", period[0], period[1]).isFalse();
            assertThat(edges(months, period[0], period[1])).as("edges of %s..%s", period[0], period[1]).isEmpty();
        }
    }

    @Test
    void everyDayOfAPeriodIsCoveredExactlyOnce() {
        LocalDate start = day("2023-12-01");
        for (int a = 0; a < 120; a += 3) {
            for (int b = a; b < a + 100; b += 7) {
                LocalDate from = start.plusDays(a);
                LocalDate to = start.plusDays(b);
                Months months = Months.of(from, to);
                List<LocalDate> covered = new java.util.ArrayList<>();
                if (months.any()) {
                    months.first().datesUntil(months.last().plusMonths(1)).forEach(covered::add);
                }
                for (LocalDate[] edge : months.edges(from, to)) {
                    edge[0].datesUntil(edge[1].plusDays(1)).forEach(covered::add);
                }
                assertThat(covered).as("days of %s..%s", from, to).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(from.datesUntil(to.plusDays(1)).toList());
            }
        }
    }
}
