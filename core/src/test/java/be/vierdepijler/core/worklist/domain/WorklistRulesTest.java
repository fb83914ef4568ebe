package be.vierdepijler.core.worklist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The thresholds the database compares with, on both sides of each edge, and the figures of the details. */
class WorklistRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-03T09:30:00Z");
    private final WorklistRules rules = new WorklistRules(TODAY, NOW, 3);

    @Test
    void hoursTwentyOneDaysAgoAreThreeWeeksWithoutHoursAndTwentyDaysAreNot() {
        LocalDate idle = rules.idleOnOrBefore();
        assertThat(idle).isEqualTo(TODAY.minusDays(21));
        // listed when the last day with hours is on or before the threshold
        assertThat(TODAY.minusDays(21).isAfter(idle)).isFalse();
        assertThat(TODAY.minusDays(20).isAfter(idle)).isTrue();
        assertThat(TODAY.minusDays(14).isAfter(idle)).isTrue();
        assertThat(rules.weeksSince(TODAY.minusDays(21))).isEqualTo(3);
        assertThat(rules.weeksSince(TODAY.minusDays(20))).isEqualTo(2);
        assertThat(new WorklistRules(TODAY, NOW, 5).idleOnOrBefore()).isEqualTo(TODAY.minusDays(35));
    }

    @Test
    void aDeadlineThirtyDaysAheadIsNearThirtyOneIsNotAndAPassedOneCountsDown() {
        assertThat(rules.deadlineOnOrBefore()).isEqualTo(TODAY.plusDays(30));
        assertThat(TODAY.plusDays(31).isAfter(rules.deadlineOnOrBefore())).isTrue();
        assertThat(rules.daysUntil(TODAY.plusDays(30))).isEqualTo(30);
        assertThat(rules.daysUntil(TODAY)).isZero();
        assertThat(rules.daysUntil(TODAY.minusDays(2))).isEqualTo(-2);
    }

    @Test
    void hoursWaitMoreThanSevenDaysFromTheMomentTheyWereReported() {
        Instant before = rules.waitingReportedBefore();
        assertThat(before).isEqualTo(Instant.parse("2026-11-26T09:30:00Z"));
        assertThat(NOW.minusSeconds(8 * 86_400).isBefore(before)).isTrue();
        assertThat(NOW.minusSeconds(6 * 86_400).isBefore(before)).isFalse();
        assertThat(before.isBefore(before)).isFalse(); // exactly 7 days: not yet more than 7
    }

    @Test
    void anIntakeOpenedFifteenDaysAgoIsStalledAndFourteenIsNot() {
        LocalDate before = rules.stalledOpenedBefore();
        assertThat(TODAY.minusDays(15).isBefore(before)).isTrue();
        assertThat(TODAY.minusDays(14).isBefore(before)).isFalse();
        assertThat(rules.daysSince(TODAY.minusDays(15))).isEqualTo(15);
    }

    @Test
    void atLeastOneWeekWithoutHours() {
        assertThatThrownBy(() -> new WorklistRules(TODAY, NOW, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyReasonHasAnApiCodeAndADutchLabel() {
        assertThat(WorklistReason.codes()).containsExactly("no-hours", "deadline-near", "hours-waiting",
                "intake-stalled", "needs-rematch");
        assertThat(WorklistReason.byCode("hours-waiting")).contains(WorklistReason.HOURS_WAITING);
        assertThat(WorklistReason.byCode("HOURS_WAITING")).isEmpty();
        assertThat(WorklistReason.DEADLINE_NEAR.label()).isEqualTo("Deadline nadert");
    }

    @Test
    void aSummaryCountsEveryReasonEvenTheOnesNoTrajectoryHas() {
        WorklistSummary summary = new WorklistSummary(2, java.util.Map.of(WorklistReason.NO_HOURS, 2L));
        assertThat(summary.count(WorklistReason.NO_HOURS)).isEqualTo(2);
        assertThat(summary.count(WorklistReason.NEEDS_REMATCH)).isZero();
        assertThat(summary.byReason()).hasSize(WorklistReason.values().length);
    }
}
