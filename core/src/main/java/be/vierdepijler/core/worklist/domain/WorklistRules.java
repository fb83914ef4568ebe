package be.vierdepijler.core.worklist.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The thresholds of the worklist's reasons as of one day, as the database compares them, and the figures of each
 * reason's detail. "Today" and "now" come from the injected clock, so that a test and the server agree.
 *
 * @param today      the day in Belgium
 * @param now        the moment, for "reported more than 7 days ago"
 * @param idleWeeks  N of {@link WorklistReason#NO_HOURS}: weeks without hours (at least 1)
 */
public record WorklistRules(LocalDate today, Instant now, int idleWeeks) {

    /** {@link WorklistReason#DEADLINE_NEAR}: a deadline at most this many days ahead (or passed). */
    public static final int DEADLINE_DAYS = 30;
    /** {@link WorklistReason#HOURS_WAITING}: pending longer than this many days since they were reported. */
    public static final int WAITING_DAYS = 7;
    /** {@link WorklistReason#INTAKE_STALLED}: opened more than this many days ago. */
    public static final int STALLED_DAYS = 14;

    public WorklistRules {
        if (idleWeeks < 1) {
            throw new IllegalArgumentException("idleWeeks must be at least 1, not " + idleWeeks);
        }
    }

    /**
     * An active trajectory whose last day with hours (or, without any, its start) is this day or earlier has had no
     * hours for {@code idleWeeks} weeks: hours 20 days ago keep it off the list at 3 weeks, hours 21 days ago do not.
     */
    public LocalDate idleOnOrBefore() {
        return today.minusWeeks(idleWeeks);
    }

    /** A deadline on this day or earlier is near (30 days ahead is, 31 is not). */
    public LocalDate deadlineOnOrBefore() {
        return today.plusDays(DEADLINE_DAYS);
    }

    /** A pending entry reported before this moment has waited more than 7 days. */
    public Instant waitingReportedBefore() {
        return now.minus(Duration.ofDays(WAITING_DAYS));
    }

    /** A trajectory opened before this day was opened more than 14 days ago (15 days ago is, 14 is not). */
    public LocalDate stalledOpenedBefore() {
        return today.minusDays(STALLED_DAYS);
    }

    /** Whole weeks from that day to today: 20 days are 2 weeks, 21 days 3. */
    public long weeksSince(LocalDate day) {
        return ChronoUnit.WEEKS.between(day, today);
    }

    /** Days from today to that day: 0 today, negative once it passed. */
    public long daysUntil(LocalDate day) {
        return ChronoUnit.DAYS.between(today, day);
    }

    /** Days from that day to today. */
    public long daysSince(LocalDate day) {
        return ChronoUnit.DAYS.between(day, today);
    }
}
