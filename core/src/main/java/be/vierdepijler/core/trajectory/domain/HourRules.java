package be.vierdepijler.core.trajectory.domain;

import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.LocalizedViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What hours may be recorded and decided, each rule with its reason (a field error or a conflict). An entry counts
 * for a placement that was not cancelled, on a day that is given, not in the future, not before the back-dating window
 * ({@link Backdating}) and within the placement's period; its note has at most 500 characters; its hours follow the
 * type's {@link HourPolicy} (quarter hours, the daily cap, also with what the placement holds that day already); and one
 * person's day never holds more than 24 hours, across placements and trajectories. A decision is taken once, on a
 * pending entry, with a reason of at most 500 characters. That only an active trajectory takes hours or decisions is
 * the {@link Trajectory}'s rule, as it is for placements.
 */
public final class HourRules {

    static final int MAX_NOTE = 500;
    static final int MAX_REASON = 500;

    private HourRules() {
    }

    /**
     * What a day already holds (the hours that still count), asked only when the new entry's own hours are valid: the
     * person's other trajectories take a statement.
     */
    public interface DayHours {

        /** In the entry's placement. */
        BigDecimal inPlacement(LocalDate day);

        /** In every placement of the trajectory. */
        BigDecimal inTrajectory(LocalDate day);

        /** In the person's other trajectories. */
        BigDecimal elsewhere(LocalDate day);
    }

    /**
     * Every reason why hours of {@code date} in {@code placement} cannot count; empty when they can.
     *
     * @param note the note, stripped, or null
     */
    public static List<FieldViolation> check(Placement placement, LocalDate date, BigDecimal hours, String note,
                                             HourPolicy policy, Backdating backdating, LocalDate openedOn,
                                             LocalDate today, DayHours day) {
        List<FieldViolation> problems = new ArrayList<>();
        placementTakesHours(placement.status()).ifPresent(problems::add);
        date(date, today, backdating, openedOn, placement.startDate(), placement.endDate()).ifPresent(problems::add);
        note(note).ifPresent(problems::add);
        List<LocalizedViolation> own = policy.checkDay(hours);
        own.forEach(v -> problems.add(v.in(LocalizedText.DUTCH)));
        if (own.isEmpty() && date != null) {
            problems.addAll(dailyCap(date, hours, day.inPlacement(date), policy));
            personDay(date, hours, day.inTrajectory(date), day.elsewhere(date)).ifPresent(problems::add);
        }
        return problems;
    }

    /** A cancelled placement takes no hours. */
    static Optional<FieldViolation> placementTakesHours(PlacementStatus status) {
        return status == PlacementStatus.CANCELLED
                ? Optional.of(new FieldViolation("placementId", "placement-cancelled", "Deze plaatsing is geannuleerd."))
                : Optional.empty();
    }

    /**
     * Hours are dated: not in the future, not before the back-dating window, within the placement's period.
     *
     * @param placementEnd null for a placement that still runs
     */
    static Optional<FieldViolation> date(LocalDate date, LocalDate today, Backdating backdating, LocalDate openedOn,
                                         LocalDate placementStart, LocalDate placementEnd) {
        if (date == null) {
            return violation("date", "required", "Geef de dag waarop de uren gepresteerd zijn.");
        } else if (date.isAfter(today)) {
            return violation("date", "in-the-future", "Uren in de toekomst tellen niet: " + date
                    + " ligt na vandaag (" + today + ").");
        } else if (date.isBefore(backdating.earliest(openedOn))) {
            return violation("date", "before-backdating-window", "Uren tellen hoogstens " + backdating.days()
                    + " dagen terug voor de opening van het traject (" + openedOn + "): " + date + " ligt voor "
                    + backdating.earliest(openedOn) + ".");
        } else if (date.isBefore(placementStart)) {
            return violation("date", "before-placement-start", "De plaatsing start pas op " + placementStart + ".");
        } else if (placementEnd != null && date.isAfter(placementEnd)) {
            return violation("date", "after-placement-end", "De plaatsing liep tot " + placementEnd + ".");
        }
        return Optional.empty();
    }

    /** A note has at most {@value #MAX_NOTE} characters. */
    static Optional<FieldViolation> note(String note) {
        return note != null && note.length() > MAX_NOTE
                ? violation("note", "too-long", "Hoogstens 500 tekens.") : Optional.empty();
    }

    /** The type's daily cap holds for what the placement holds that day, this entry included. */
    static List<FieldViolation> dailyCap(LocalDate date, BigDecimal hours, BigDecimal alreadyInPlacement,
                                         HourPolicy policy) {
        BigDecimal placementDay = alreadyInPlacement.add(hours);
        return policy.checkDay(placementDay).stream().filter(v -> v.code().equals("above-daily-cap"))
                .map(v -> new FieldViolation("hours", v.code(), v.message().nl() + " (" + date + " staat al op "
                        + plain(alreadyInPlacement) + " uur voor deze plaatsing)")).toList();
    }

    /** One person counts at most 24 hours on a day, over every placement of every trajectory of theirs. */
    static Optional<FieldViolation> personDay(LocalDate date, BigDecimal hours, BigDecimal inTrajectory,
                                              BigDecimal elsewhere) {
        BigDecimal already = inTrajectory.add(elsewhere);
        if (already.add(hours).compareTo(HourPolicy.FULL_DAY) <= 0) {
            return Optional.empty();
        }
        return violation("hours", "above-24-hours-a-day", "Eén persoon telt hoogstens 24 uur op een dag; op " + date
                + " staan al " + plain(already) + " uur over alle plaatsingen" + (elsewhere.signum() > 0
                ? ", waarvan " + plain(elsewhere) + " in een ander traject van deze persoon" : "") + ".");
    }

    /**
     * A decision is taken once.
     *
     * @throws ConflictException when the entry was confirmed, rejected or lapsed already
     */
    public static void requireUndecided(HourEntry entry) {
        if (entry.status() != HourStatus.PENDING) {
            throw new ConflictException("already-decided", "Deze uren zijn al " + entry.status().dutchPast()
                    + (entry.decidedBy() == null ? "" : " door " + entry.decidedBy()) + ".");
        }
    }

    /**
     * The reason of a decision has at most {@value #MAX_REASON} characters.
     *
     * @param reason stripped, or null
     * @throws InvalidInputException when it is longer
     */
    public static void requireReasonFits(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "too-long", "Hoogstens 500 tekens.");
        }
    }

    private static Optional<FieldViolation> violation(String field, String code, String message) {
        return Optional.of(new FieldViolation(field, code, message));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
