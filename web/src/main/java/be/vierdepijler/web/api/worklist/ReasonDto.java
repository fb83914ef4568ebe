package be.vierdepijler.web.api.worklist;

import be.vierdepijler.core.worklist.domain.WorklistDetail;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One reason a trajectory is on the worklist.
 *
 * @param code   {@code no-hours}, {@code deadline-near}, {@code hours-waiting}, {@code intake-stalled},
 *               {@code needs-rematch}
 * @param label  the reason in Dutch
 * @param detail the reason's own figures: one of the records below, by code
 */
public record ReasonDto(String code, String label, Object detail) {

    /** {@code no-hours}: the last day with hours (null: never), the day counted from, whole weeks since. */
    public record NoHours(LocalDate lastHoursOn, LocalDate since, long weeksSince) {
    }

    /** {@code deadline-near}: days left (negative once passed) and the hours still needed for the target. */
    public record DeadlineNear(LocalDate deadline, long daysLeft, BigDecimal hoursNeeded) {
    }

    /** {@code hours-waiting}: the pending entries reported more than 7 days ago, their hours, the oldest report. */
    public record HoursWaiting(long entries, BigDecimal hours, LocalDate oldestReportedOn) {
    }

    /** {@code intake-stalled}: the day it was opened and the days since. */
    public record IntakeStalled(LocalDate openedOn, long daysSinceOpened) {
    }

    /** {@code needs-rematch}: the day the newcomer's duo ended. */
    public record NeedsRematch(LocalDate since) {
    }

    static ReasonDto of(WorklistDetail detail) {
        Object figures;
        if (detail instanceof WorklistDetail.NoHours d) {
            figures = new NoHours(d.lastHoursOn(), d.since(), d.weeksSince());
        } else if (detail instanceof WorklistDetail.DeadlineNear d) {
            figures = new DeadlineNear(d.deadline(), d.daysLeft(), d.hoursNeeded());
        } else if (detail instanceof WorklistDetail.HoursWaiting d) {
            figures = new HoursWaiting(d.entries(), d.hours(), d.oldestReportedOn());
        } else if (detail instanceof WorklistDetail.IntakeStalled d) {
            figures = new IntakeStalled(d.openedOn(), d.daysSinceOpened());
        } else {
            figures = new NeedsRematch(((WorklistDetail.NeedsRematch) detail).since());
        }
        return new ReasonDto(detail.reason().code(), detail.reason().label(), figures);
    }
}
