package be.vierdepijler.core.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the hours of a placement are counted towards the 40 hours: per calendar day, in steps of {@code step} hours, at
 * most {@code maxHoursPerDay} on one day (never more than 24), and whether the offer's contact person must confirm
 * them (today a signed "bewijs van deelname") or the counsellor does.
 *
 * @param maxHoursPerDay        the most one day of this type may hold, above 0 and at most 24
 * @param step                  hours are counted in multiples of this (a quarter of an hour by default)
 * @param contactPersonConfirms true when the offer's contact person confirms the hours; false when the counsellor does
 */
public record HourPolicy(BigDecimal maxHoursPerDay, BigDecimal step, boolean contactPersonConfirms) {

    /** A day has 24 hours; no type may count more. */
    public static final BigDecimal FULL_DAY = BigDecimal.valueOf(24);
    /** The default step: a quarter of an hour. */
    public static final BigDecimal QUARTER_HOUR = new BigDecimal("0.25");
    /** The field name under which {@link #checkDay} reports. */
    public static final String HOURS_FIELD = "hours";

    public HourPolicy {
        Objects.requireNonNull(maxHoursPerDay, "maxHoursPerDay");
        Objects.requireNonNull(step, "step");
        if (maxHoursPerDay.signum() <= 0 || maxHoursPerDay.compareTo(FULL_DAY) > 0) {
            throw new IllegalArgumentException("a day holds more than 0 and at most 24 hours, not " + maxHoursPerDay);
        }
        if (step.signum() <= 0 || step.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("hours are counted in steps above 0 and at most 1 hour, not " + step);
        }
        if (!isMultiple(maxHoursPerDay, step)) {
            throw new IllegalArgumentException("the daily cap " + maxHoursPerDay + " is no multiple of the step " + step);
        }
    }

    /** Up to a whole day, in quarter hours. */
    public static HourPolicy fullDay(boolean contactPersonConfirms) {
        return new HourPolicy(FULL_DAY, QUARTER_HOUR, contactPersonConfirms);
    }

    /** At most {@code hours} a day, in quarter hours. */
    public static HourPolicy cappedAt(long hours, boolean contactPersonConfirms) {
        return new HourPolicy(BigDecimal.valueOf(hours), QUARTER_HOUR, contactPersonConfirms);
    }

    /**
     * Checks the hours one day of one placement would hold (the total of that day, not one entry).
     *
     * @return the problems under field {@value #HOURS_FIELD}; empty when the day may be counted
     */
    public List<LocalizedViolation> checkDay(BigDecimal hoursOnDay) {
        List<LocalizedViolation> problems = new ArrayList<>();
        if (hoursOnDay == null) {
            problems.add(LocalizedViolation.of(HOURS_FIELD, "required", "Geef het aantal uren.",
                    "Give the number of hours."));
            return problems;
        }
        if (hoursOnDay.signum() <= 0) {
            problems.add(LocalizedViolation.of(HOURS_FIELD, "not-positive", "Het aantal uren moet groter dan 0 zijn.",
                    "The number of hours must be above 0."));
        } else if (hoursOnDay.compareTo(maxHoursPerDay) > 0) {
            problems.add(LocalizedViolation.of(HOURS_FIELD, "above-daily-cap",
                    "Eén dag telt hier hoogstens " + plain(maxHoursPerDay) + " uur, niet " + plain(hoursOnDay) + ".",
                    "One day counts at most " + plain(maxHoursPerDay) + " hours here, not " + plain(hoursOnDay) + "."));
        }
        if (hoursOnDay.signum() > 0 && !isMultiple(hoursOnDay, step)) {
            problems.add(LocalizedViolation.of(HOURS_FIELD, "not-a-step",
                    "Uren tellen per " + plain(step) + " uur; " + plain(hoursOnDay) + " past daar niet in.",
                    "Hours count in steps of " + plain(step) + "; " + plain(hoursOnDay) + " does not fit."));
        }
        return problems;
    }

    private static boolean isMultiple(BigDecimal value, BigDecimal step) {
        return value.remainder(step).signum() == 0;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
