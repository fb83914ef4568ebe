package be.vierdepijler.core.report.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.report.infrastructure.jpa.JpaPeriodReportRepository.Days;
import be.vierdepijler.core.report.infrastructure.jpa.JpaPeriodReportRepository.HourPlan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * How a report's period is read: whole months from the hours' roll-up, a partial month from the entries of its days in
 * the period or from the roll-up less the entries of its other days. Whatever the plan, every day of the period counts
 * exactly once and no other day counts.
 */
class HourPlanTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<String> days(HourPlan plan) {
        return plan.days().stream().map(d -> (d.sign() < 0 ? "-" : "+") + d.from() + ".." + d.to()).toList();
    }

    @Test
    void wholeMonthsComeFromTheRollupAlone() {
        HourPlan plan = HourPlan.of(day("2026-01-01"), day("2026-12-31"), day("2027-06-01"));
        assertThat(plan.firstMonth()).isEqualTo(day("2026-01-01"));
        assertThat(plan.lastMonth()).isEqualTo(day("2026-12-01"));
        assertThat(plan.days()).isEmpty();
    }

    @Test
    void aPeriodUpToTodayTakesItsMonthFromTheRollupLessTheDaysToCome() {
        HourPlan plan = HourPlan.of(day("2023-01-01"), day("2026-12-04"), day("2026-12-04"));
        assertThat(plan.firstMonth()).isEqualTo(day("2023-01-01"));
        assertThat(plan.lastMonth()).isEqualTo(day("2026-12-01"));
        assertThat(days(plan)).containsExactly("-2026-12-05..2026-12-31");
    }

    @Test
    void pastEdgesAreReadFromWhicheverSideHasFewerDays() {
        HourPlan plan = HourPlan.of(day("2026-01-03"), day("2026-03-10"), day("2026-12-04"));
        assertThat(plan.firstMonth()).isEqualTo(day("2026-01-01"));
        assertThat(plan.lastMonth()).isEqualTo(day("2026-02-01"));
        assertThat(days(plan)).containsExactly("-2026-01-01..2026-01-02", "+2026-03-01..2026-03-10");
    }

    @Test
    void insideOneMonth() {
        assertThat(days(HourPlan.of(day("2026-02-10"), day("2026-02-12"), day("2026-12-04"))))
                .containsExactly("+2026-02-10..2026-02-12");
        HourPlan most = HourPlan.of(day("2026-02-03"), day("2026-02-20"), day("2026-12-04"));
        assertThat(most.firstMonth()).isEqualTo(day("2026-02-01"));
        assertThat(days(most)).containsExactly("-2026-02-01..2026-02-02", "-2026-02-21..2026-02-28");
        HourPlan thisMonth = HourPlan.of(day("2026-12-01"), day("2026-12-04"), day("2026-12-04"));
        assertThat(thisMonth.firstMonth()).isEqualTo(day("2026-12-01"));
        assertThat(days(thisMonth)).containsExactly("-2026-12-05..2026-12-31");
        HourPlan twoDays = HourPlan.of(day("2026-01-31"), day("2026-02-01"), day("2026-12-04"));
        assertThat(twoDays.months()).isFalse();
        assertThat(days(twoDays)).containsExactly("+2026-01-31..2026-01-31", "+2026-02-01..2026-02-01");
        assertThat(HourPlan.of(day("2026-02-02"), day("2026-02-01"), day("2026-12-04")).days()).isEmpty();
    }

    @Test
    void everyDayOfThePeriodCountsOnceAndNoOtherDay() {
        Random random = new Random(15);
        LocalDate base = day("2024-01-01");
        for (int i = 0; i < 20_000; i++) {
            LocalDate from = base.plusDays(random.nextInt(800));
            LocalDate to = from.plusDays(random.nextInt(400));
            LocalDate today = base.plusDays(random.nextInt(1300));
            HourPlan plan = HourPlan.of(from, to, today);
            Map<LocalDate, Integer> counted = new HashMap<>();
            if (plan.months()) {
                for (YearMonth m = YearMonth.from(plan.firstMonth()); !m.isAfter(YearMonth.from(plan.lastMonth()));
                     m = m.plusMonths(1)) {
                    for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
                        counted.merge(d, 1, Integer::sum);
                    }
                }
            }
            for (Days days : plan.days()) {
                assertThat(YearMonth.from(days.from())).as("one month").isEqualTo(YearMonth.from(days.to()));
                for (LocalDate d = days.from(); !d.isAfter(days.to()); d = d.plusDays(1)) {
                    counted.merge(d, days.sign(), Integer::sum);
                }
            }
            counted.values().removeIf(c -> c == 0);
            assertThat(counted.keySet()).as("%s..%s today %s", from, to, today)
                    .hasSize((int) java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1)
                    .allMatch(d -> !d.isBefore(from) && !d.isAfter(to));
            assertThat(counted.values()).allMatch(c -> c == 1);
        }
    }
}
