package be.vierdepijler.core.worklist.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a reason says about one trajectory, one record per {@link WorklistReason}. */
public sealed interface WorklistDetail {

    WorklistReason reason();

    /**
     * @param lastHoursOn the last day with hours (pending or confirmed); null when it never had any
     * @param since       the day the weeks are counted from: {@code lastHoursOn}, or the day the trajectory started
     * @param weeksSince  whole weeks from {@code since} to today
     */
    record NoHours(LocalDate lastHoursOn, LocalDate since, long weeksSince) implements WorklistDetail {
        @Override
        public WorklistReason reason() {
            return WorklistReason.NO_HOURS;
        }
    }

    /**
     * @param daysLeft    days from today to the deadline; negative when it passed
     * @param hoursNeeded the target minus the confirmed hours
     */
    record DeadlineNear(LocalDate deadline, long daysLeft, BigDecimal hoursNeeded) implements WorklistDetail {
        @Override
        public WorklistReason reason() {
            return WorklistReason.DEADLINE_NEAR;
        }
    }

    /**
     * The pending entries reported more than 7 days ago.
     *
     * @param entries          how many
     * @param hours            their hours together
     * @param oldestReportedOn the day (in Belgium) the oldest of them was reported
     */
    record HoursWaiting(long entries, BigDecimal hours, LocalDate oldestReportedOn) implements WorklistDetail {
        @Override
        public WorklistReason reason() {
            return WorklistReason.HOURS_WAITING;
        }
    }

    /** @param daysSinceOpened days from the day the trajectory was opened to today */
    record IntakeStalled(LocalDate openedOn, long daysSinceOpened) implements WorklistDetail {
        @Override
        public WorklistReason reason() {
            return WorklistReason.INTAKE_STALLED;
        }
    }

    /** @param since the day (in Belgium) the newcomer's duo ended and they came to need another buddy */
    record NeedsRematch(LocalDate since) implements WorklistDetail {
        @Override
        public WorklistReason reason() {
            return WorklistReason.NEEDS_REMATCH;
        }
    }
}
