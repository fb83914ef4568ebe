package be.vierdepijler.core.trajectory.domain;

import static be.vierdepijler.core.trajectory.domain.Persisted.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.spi.HourPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The hour rules, each tried from the side that would break it, without a trajectory in a database. */
class HourRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate OPENED = TODAY.minusDays(60);
    private static final LocalDate START = TODAY.minusDays(50);
    private static final Backdating BACKDATING = new Backdating(90);
    private static final HourPolicy EIGHT_A_DAY = HourPolicy.cappedAt(8, true);

    @Test
    void aDayInTheFutureDoesNotCountNotEvenTomorrow() {
        assertCode(HourRules.date(TODAY.plusDays(1), TODAY, BACKDATING, OPENED, START, null), "in-the-future");
        assertThat(HourRules.date(TODAY, TODAY, BACKDATING, OPENED, START, null)).isEmpty();
    }

    @Test
    void aDayBeforeTheBackdatingWindowDoesNotCountTheFirstDayOfItDoes() {
        LocalDate earliest = OPENED.minusDays(90);
        assertCode(HourRules.date(earliest.minusDays(1), TODAY, BACKDATING, OPENED, earliest.minusDays(10), null),
                "before-backdating-window");
        assertThat(HourRules.date(earliest, TODAY, BACKDATING, OPENED, earliest.minusDays(10), null)).isEmpty();
    }

    @Test
    void aDayOutsideThePlacementsPeriodDoesNotCount() {
        assertCode(HourRules.date(START.minusDays(1), TODAY, BACKDATING, OPENED, START, null),
                "before-placement-start");
        LocalDate end = TODAY.minusDays(5);
        assertCode(HourRules.date(end.plusDays(1), TODAY, BACKDATING, OPENED, START, end), "after-placement-end");
        assertThat(HourRules.date(end, TODAY, BACKDATING, OPENED, START, end)).isEmpty();
    }

    @Test
    void hoursWithoutADayAreRefused() {
        assertCode(HourRules.date(null, TODAY, BACKDATING, OPENED, START, null), "required");
    }

    @Test
    void aCancelledPlacementTakesNoHours() {
        assertCode(HourRules.placementTakesHours(PlacementStatus.CANCELLED), "placement-cancelled");
        assertThat(HourRules.placementTakesHours(PlacementStatus.ACTIVE)).isEmpty();
    }

    @Test
    void aNoteOfFiveHundredAndOneCharactersIsTooLong() {
        assertCode(HourRules.note("x".repeat(501)), "too-long");
        assertThat(HourRules.note("x".repeat(500))).isEmpty();
        assertThat(HourRules.note(null)).isEmpty();
    }

    @Test
    void theDailyCapCountsWhatThePlacementHoldsThatDayAlready() {
        List<FieldViolation> over = HourRules.dailyCap(TODAY, new BigDecimal("2.25"), new BigDecimal("6"),
                EIGHT_A_DAY);
        assertThat(over).extracting(FieldViolation::code).containsExactly("above-daily-cap");
        assertThat(over.get(0).message()).contains("staat al op 6 uur voor deze plaatsing");
        assertThat(HourRules.dailyCap(TODAY, new BigDecimal("2"), new BigDecimal("6"), EIGHT_A_DAY)).isEmpty();
    }

    @Test
    void aPersonsDayHoldsTwentyFourHoursAlsoWithAnotherTrajectory() {
        assertThat(HourRules.personDay(TODAY, new BigDecimal("4"), new BigDecimal("0"), new BigDecimal("20")))
                .isEmpty();
        Optional<FieldViolation> over = HourRules.personDay(TODAY, new BigDecimal("4.25"), new BigDecimal("0"),
                new BigDecimal("20"));
        assertCode(over, "above-24-hours-a-day");
        assertThat(over.get().message()).contains("waarvan 20 in een ander traject");
        assertThat(HourRules.personDay(TODAY, new BigDecimal("0.25"), new BigDecimal("24"), BigDecimal.ZERO).get()
                .message()).doesNotContain("ander traject");
    }

    @Test
    void theOtherTrajectoriesAreNotAskedWhenTheEntryItselfIsWrong() {
        AtomicInteger asked = new AtomicInteger();
        HourRules.DayHours counting = nothingYet(asked);
        Placement placement = placement();
        List<FieldViolation> wrong = HourRules.check(placement, TODAY.minusDays(1), new BigDecimal("1.1"), null,
                EIGHT_A_DAY, BACKDATING, OPENED, TODAY, counting);
        assertThat(wrong).extracting(FieldViolation::code).containsExactly("not-a-step");
        assertThat(asked).hasValue(0);
        assertThat(HourRules.check(placement, TODAY.minusDays(1), BigDecimal.ONE, null, EIGHT_A_DAY, BACKDATING,
                OPENED, TODAY, counting)).isEmpty();
        assertThat(asked).hasValue(1);
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        List<FieldViolation> all = HourRules.check(placement(), TODAY.plusDays(1), new BigDecimal("9"),
                "x".repeat(501), EIGHT_A_DAY, BACKDATING, OPENED, TODAY, nothingYet());
        assertThat(all).extracting(FieldViolation::code)
                .containsExactly("in-the-future", "too-long", "above-daily-cap");
    }

    @Test
    void aDecidedEntryIsNotDecidedAgain() {
        Trajectory trajectory = active();
        Placement placement = withId(trajectory.place(draft(), Instant.EPOCH, "anna"), 1);
        HourEntry entry = withId(trajectory.report(placement.id(), TODAY, BigDecimal.ONE, null, EIGHT_A_DAY,
                Trajectory.Elsewhere.NOTHING, BACKDATING, TODAY, Instant.EPOCH, "anna"), 2);
        HourRules.requireUndecided(entry);
        trajectory.decide(entry.id(), false, "niet gekomen", "anna", Confirmer.COUNSELLOR, (t, c) -> c, TODAY,
                Instant.EPOCH);
        assertThatThrownBy(() -> HourRules.requireUndecided(entry)).isInstanceOfSatisfying(ConflictException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("already-decided");
                    assertThat(e.getMessage()).contains("door anna");
                });
    }

    @Test
    void aReasonOfFiveHundredAndOneCharactersIsRefused() {
        HourRules.requireReasonFits("x".repeat(500));
        HourRules.requireReasonFits(null);
        assertThatThrownBy(() -> HourRules.requireReasonFits("x".repeat(501)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::code).containsExactly("too-long"));
    }

    private static void assertCode(Optional<FieldViolation> violation, String code) {
        assertThat(violation).map(FieldViolation::code).contains(code);
    }

    private static HourRules.DayHours nothingYet() {
        return nothingYet(new AtomicInteger());
    }

    /** A day without hours anywhere, counting how often the other trajectories were asked. */
    private static HourRules.DayHours nothingYet(AtomicInteger asked) {
        return new HourRules.DayHours() {
            @Override
            public BigDecimal inPlacement(LocalDate day) {
                return BigDecimal.ZERO;
            }

            @Override
            public BigDecimal inTrajectory(LocalDate day) {
                return BigDecimal.ZERO;
            }

            @Override
            public BigDecimal elsewhere(LocalDate day) {
                asked.incrementAndGet();
                return BigDecimal.ZERO;
            }
        };
    }

    private static Trajectory active() {
        Trajectory trajectory = new Trajectory(1, "westhoek", "33021", new Trajectory.Plan(null, null, null, "anna"),
                OPENED, Instant.EPOCH);
        trajectory.activate(OPENED);
        return trajectory;
    }

    private static Placement placement() {
        return withId(active().place(draft(), Instant.EPOCH, "anna"), 1);
    }

    private static PlacementDraft draft() {
        return new PlacementDraft("volunteering", "volunteering", 7L, null, 9L, "Aanbod", START, null, "{}");
    }
}
