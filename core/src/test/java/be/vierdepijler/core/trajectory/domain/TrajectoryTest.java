package be.vierdepijler.core.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.spi.HourPolicy;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final HourPolicy FULL_DAY = HourPolicy.fullDay(true);
    private static final HourPolicy EIGHT_A_DAY = HourPolicy.cappedAt(8, true);
    private static final CategoryLabels LABELS = (type, category) -> "Label " + category;
    private static final Backdating BACKDATING = new Backdating(90);

    private final AtomicLong ids = new AtomicLong(100);
    private Trajectory trajectory;
    private Placement volunteering;
    private Placement internship;

    @BeforeEach
    void anActiveTrajectoryWithTwoPlacements() {
        trajectory = new Trajectory(1, "westhoek", "33021", new Trajectory.Plan(null, null, null, "anna"),
                TODAY.minusDays(60), NOW);
        trajectory.activate(TODAY.minusDays(59));
        volunteering = withId(trajectory.place(draft("volunteering", TODAY.minusDays(50), null), NOW, "anna"));
        internship = withId(trajectory.place(draft("internship", TODAY.minusDays(30), TODAY.minusDays(5)), NOW,
                "anna"));
    }

    @Test
    void aNewTrajectoryIsInIntakeWithATargetOfFortyHours() {
        Trajectory fresh = new Trajectory(2, "westhoek", "33021", new Trajectory.Plan(null, null, null, null),
                TODAY, NOW);
        assertThat(fresh.status()).isEqualTo(TrajectoryStatus.INTAKE);
        assertThat(fresh.targetHours()).isEqualByComparingTo("40");
        assertThat(fresh.progressPercent()).isZero();
    }

    @Test
    void anotherTargetNeedsAReasonAndQuarterHours() {
        assertThatThrownBy(() -> new Trajectory(2, "w", "33021", new Trajectory.Plan(new BigDecimal("30"), null,
                null, null), TODAY, NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting("field").containsExactly("targetReason"));
        assertThatThrownBy(() -> new Trajectory(2, "w", "33021", new Trajectory.Plan(new BigDecimal("30.1"),
                "medisch", null, null), TODAY, NOW)).isInstanceOf(InvalidInputException.class);
        Trajectory shorter = new Trajectory(2, "w", "33021", new Trajectory.Plan(new BigDecimal("30"), "medisch",
                null, null), TODAY, NOW);
        assertThat(shorter.targetHours()).isEqualByComparingTo("30");
    }

    @Test
    void completesAtExactlyFortyConfirmedHoursNotAtThirtyNineAndThreeQuarters() {
        // 39.75 hours over several days, confirmed
        for (int day = 40; day > 35; day--) {
            confirm(report(volunteering, TODAY.minusDays(day), "7.75"));
        }
        confirm(report(volunteering, TODAY.minusDays(35), "1"));
        assertThat(trajectory.confirmedHours()).isEqualByComparingTo("39.75");
        assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.ACTIVE);
        assertThat(trajectory.progressPercent()).isEqualTo(99);
        HourEntry last = report(volunteering, TODAY.minusDays(2), "0.25");
        assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.ACTIVE);
        boolean completed = trajectory.decide(last.id(), true, null, "anna", Confirmer.COUNSELLOR, LABELS, TODAY, NOW);
        assertThat(completed).isTrue();
        assertThat(trajectory.confirmedHours()).isEqualByComparingTo("40.00");
        assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.COMPLETED);
        assertThat(trajectory.completedOn()).contains(TODAY);
        assertThat(trajectory.certificateCode()).matches("VP(-[0-9A-Z]{4}){4}");
        assertThat(trajectory.progressPercent()).isEqualTo(100);
        assertThat(volunteering.status()).isEqualTo(PlacementStatus.ENDED);
    }

    @Test
    void pendingAndRejectedHoursDoNotCount() {
        HourEntry pending = report(volunteering, TODAY.minusDays(3), "24");
        HourEntry rejected = report(volunteering, TODAY.minusDays(4), "20");
        trajectory.decide(rejected.id(), false, "niet aanwezig", "els", Confirmer.CONTACT_PERSON, LABELS, TODAY, NOW);
        assertThat(trajectory.confirmedHours()).isEqualByComparingTo("0");
        assertThat(trajectory.pendingHours()).isEqualByComparingTo(pending.hours());
        assertThat(rejected.status()).isEqualTo(HourStatus.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("els");
        assertThat(rejected.decidedAs()).isEqualTo(Confirmer.CONTACT_PERSON);
        // the rejected day is free again
        report(volunteering, TODAY.minusDays(4), "24");
    }

    @Test
    void anEntryIsDecidedOnlyOnce() {
        HourEntry entry = report(volunteering, TODAY.minusDays(3), "2");
        trajectory.decide(entry.id(), true, null, "anna", Confirmer.COUNSELLOR, LABELS, TODAY, NOW);
        assertThatThrownBy(() -> trajectory.decide(entry.id(), true, null, "els", Confirmer.CONTACT_PERSON, LABELS, TODAY,
                NOW)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("already-decided"));
        assertThat(trajectory.confirmedHours()).isEqualByComparingTo("2");
    }

    @Test
    void hoursAreRefusedInTheFutureAndOutsideThePlacement() {
        assertViolation(() -> report(volunteering, TODAY.plusDays(1), "2"), "date", "in-the-future");
        assertViolation(() -> report(volunteering, TODAY.minusDays(51), "2"), "date", "before-placement-start");
        assertViolation(() -> report(internship, TODAY.minusDays(4), "2"), "date", "after-placement-end");
        assertThat(trajectory.reportedHours()).isEqualByComparingTo("0");
    }

    @Test
    void hoursAreRefusedOverTheTypesDailyCapAndInOtherThanQuarterHours() {
        report(internship, TODAY.minusDays(10), "6", EIGHT_A_DAY);
        assertViolation(() -> report(internship, TODAY.minusDays(10), "2.25", EIGHT_A_DAY), "hours",
                "above-daily-cap");
        report(internship, TODAY.minusDays(10), "2", EIGHT_A_DAY);
        assertViolation(() -> report(volunteering, TODAY.minusDays(10), "1.1"), "hours", "not-a-step");
        assertViolation(() -> report(volunteering, TODAY.minusDays(10), "0"), "hours", "not-positive");
    }

    @Test
    void oneDayHoldsAtMostTwentyFourHoursAcrossPlacements() {
        report(internship, TODAY.minusDays(10), "8", EIGHT_A_DAY);
        report(volunteering, TODAY.minusDays(10), "16");
        assertViolation(() -> report(volunteering, TODAY.minusDays(10), "0.25"), "hours", "above-24-hours-a-day");
        assertThat(trajectory.reportedHours()).isEqualByComparingTo("24");
    }

    @Test
    void transitionsAreGuarded() {
        assertThatThrownBy(() -> trajectory.activate(TODAY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> trajectory.stop(" ", TODAY, NOW)).isInstanceOf(InvalidInputException.class);
        trajectory.stop("verhuisd naar het buitenland", TODAY, NOW);
        assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.STOPPED);
        assertThat(volunteering.status()).isEqualTo(PlacementStatus.ENDED);
        assertThatThrownBy(() -> trajectory.exempt("medisch", TODAY, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> report(volunteering, TODAY.minusDays(3), "2"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("trajectory-not-active"));
        assertThatThrownBy(() -> trajectory.changePlan(new Trajectory.Plan(null, null, null, null), LABELS,
                TODAY, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anIntakeTakesNoPlacementsAndAnExemptionNeedsAReason() {
        Trajectory intake = new Trajectory(3, "w", "33021", new Trajectory.Plan(null, null, null, null), TODAY, NOW);
        assertThatThrownBy(() -> intake.place(draft("buddy", TODAY, null), NOW, "anna"))
                .isInstanceOf(ConflictException.class);
        intake.exempt("Vrijgesteld wegens werk", TODAY, NOW);
        assertThat(intake.status()).isEqualTo(TrajectoryStatus.EXEMPTED);
        assertThat(intake.statusReason()).isEqualTo("Vrijgesteld wegens werk");
    }

    @Test
    void loweringTheTargetBelowTheConfirmedHoursCompletes() {
        confirm(report(volunteering, TODAY.minusDays(3), "20"));
        trajectory.changePlan(new Trajectory.Plan(new BigDecimal("20"), "deeltijds werk", null, "anna"), LABELS, TODAY,
                NOW);
        assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.COMPLETED);
    }

    @Test
    void aCancelledPlacementTakesNoHoursAndOneWithHoursCannotBeCancelled() {
        report(volunteering, TODAY.minusDays(3), "2");
        assertThatThrownBy(() -> trajectory.endPlacement(volunteering.id(), TODAY, true))
                .isInstanceOf(ConflictException.class);
        trajectory.endPlacement(internship.id(), TODAY, true);
        assertViolation(() -> report(internship, TODAY.minusDays(10), "2"), "placementId", "placement-cancelled");
    }

    @Test
    void aStoppedTrajectoryTakesNoDecisionAndItsPendingHoursLapse() {
        HourEntry confirmed = report(volunteering, TODAY.minusDays(4), "3");
        confirm(confirmed);
        HourEntry pending = report(volunteering, TODAY.minusDays(3), "5");
        trajectory.stop("verhuisd", TODAY, NOW);
        assertThat(pending.status()).isEqualTo(HourStatus.LAPSED);
        assertThat(pending.decidedBy()).isEqualTo("traject stopgezet");
        assertThat(trajectory.pendingHours()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> trajectory.decide(pending.id(), true, null, "els", Confirmer.CONTACT_PERSON, LABELS,
                TODAY, NOW)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("trajectory-not-active"));
        assertThat(trajectory.confirmedHours()).isEqualByComparingTo("3");
    }

    @Test
    void completionMakesAFixedCertificateAndLapsesWhatIsStillPending() {
        HourEntry first = report(volunteering, TODAY.minusDays(12), "20");
        HourEntry second = report(internship, TODAY.minusDays(11), "8", EIGHT_A_DAY);
        HourEntry third = report(volunteering, TODAY.minusDays(10), "14");
        HourEntry late = report(volunteering, TODAY.minusDays(9), "2");
        // decided together: all three count, though the first two would already have completed it at 28 + 14
        boolean completed = trajectory.decide(java.util.List.of(first.id(), second.id(), third.id()), true, null,
                "els", Confirmer.CONTACT_PERSON, LABELS, TODAY, NOW);
        assertThat(completed).isTrue();
        assertThat(trajectory.confirmedHours()).isEqualByComparingTo("42");
        assertThat(late.status()).isEqualTo(HourStatus.LAPSED);
        Certificate certificate = trajectory.certificate().orElseThrow();
        assertThat(certificate.code()).isEqualTo(trajectory.certificateCode());
        assertThat(certificate.completedOn()).isEqualTo(TODAY);
        assertThat(certificate.confirmedHours()).isEqualByComparingTo("42");
        assertThat(certificate.lines()).extracting(Certificate.Line::typeId, Certificate.Line::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("internship", "Label internship"),
                        org.assertj.core.groups.Tuple.tuple("volunteering", "Label volunteering"));
        assertThat(certificate.lines()).extracting(Certificate.Line::hours).map(BigDecimal::intValue)
                .containsExactly(8, 34);
        assertThat(certificate.contentHash()).hasSize(64);
        assertThat(certificate.intact()).isTrue();
        // nothing done afterwards reaches the certificate
        assertThatThrownBy(() -> trajectory.decide(late.id(), true, null, "els", Confirmer.CONTACT_PERSON, LABELS,
                TODAY, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> report(volunteering, TODAY.minusDays(1), "1")).isInstanceOf(ConflictException.class);
        assertThat(certificate.confirmedHours()).isEqualByComparingTo("42");
    }

    @Test
    void thePersonsOtherTrajectoriesCountTowardsTheirTwentyFourHours() {
        LocalDate day = TODAY.minusDays(10);
        Trajectory.Elsewhere twentyThatDay = d -> d.equals(day) ? new BigDecimal("20") : BigDecimal.ZERO;
        assertViolation(() -> report(volunteering, day, "5", FULL_DAY, twentyThatDay), "hours",
                "above-24-hours-a-day");
        report(volunteering, day, "4", FULL_DAY, twentyThatDay);
        report(volunteering, day.minusDays(1), "24", FULL_DAY, twentyThatDay);
    }

    @Test
    void hoursReachBackOnlyAsFarAsTheWindowAndAreMarkedAsRecordedAfterwards() {
        Trajectory late = new Trajectory(4, "westhoek", "33021", new Trajectory.Plan(null, null, null, null), TODAY,
                NOW);
        late.activate(TODAY);
        Placement early = withId(late.place(draft("volunteering", TODAY.minusDays(120), null), NOW, "anna"));
        HourEntry within = withId(late.report(early.id(), TODAY.minusDays(90), BigDecimal.ONE, null, FULL_DAY,
                Trajectory.Elsewhere.NOTHING, BACKDATING, TODAY, NOW, "anna"));
        assertThat(within.recordedAfterwards()).isTrue();
        assertViolation(() -> late.report(early.id(), TODAY.minusDays(91), BigDecimal.ONE, null, FULL_DAY,
                Trajectory.Elsewhere.NOTHING, BACKDATING, TODAY, NOW, "anna"), "date", "before-backdating-window");
        HourEntry today = withId(late.report(early.id(), TODAY, BigDecimal.ONE, null, FULL_DAY,
                Trajectory.Elsewhere.NOTHING, BACKDATING, TODAY, NOW, "anna"));
        assertThat(today.recordedAfterwards()).isFalse();
    }

    private HourEntry report(Placement placement, LocalDate day, String hours) {
        return report(placement, day, hours, FULL_DAY);
    }

    private HourEntry report(Placement placement, LocalDate day, String hours, HourPolicy policy) {
        return report(placement, day, hours, policy, Trajectory.Elsewhere.NOTHING);
    }

    private HourEntry report(Placement placement, LocalDate day, String hours, HourPolicy policy,
                             Trajectory.Elsewhere elsewhere) {
        return withId(trajectory.report(placement.id(), day, new BigDecimal(hours), null, policy, elsewhere,
                BACKDATING, TODAY, NOW, "anna"));
    }

    private void confirm(HourEntry entry) {
        trajectory.decide(entry.id(), true, null, "anna", Confirmer.COUNSELLOR, LABELS, TODAY, NOW);
    }

    private static void assertViolation(Runnable call, String field, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.code()).isEqualTo(code);
                }));
    }

    private static PlacementDraft draft(String type, LocalDate start, LocalDate end) {
        return new PlacementDraft(type, type, 7L, null, 9L, "Aanbod " + type, start, end, "{}");
    }

    /** What the database does at insert: gives the entity its id. */
    private <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, ids.incrementAndGet());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
