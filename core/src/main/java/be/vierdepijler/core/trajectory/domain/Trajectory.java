package be.vierdepijler.core.trajectory.domain;

import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.spi.HourPolicy;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One newcomer's participatie- en netwerktraject: the aggregate root of its placements and hour entries.
 *
 * <p>Lifecycle: {@code intake} (opened, the newcomer eligible) → {@code active} (placements and hours) →
 * {@code completed}, by itself, on the day the confirmed hours reach the target; or {@code stopped} / {@code exempted}
 * by a counsellor with a reason. Invariants: the target is 40 hours unless a reason is given, in quarter hours;
 * confirmed hours are the sum of the confirmed entries and are never typed in; an hour entry is never in the future,
 * never before the back-dating window ({@link Backdating}), never outside its placement's period, never above its
 * type's daily cap, and one person's day never holds more than 24 hours across placements and trajectories; a decided
 * entry is not decided again ({@link HourRules}), and only an active trajectory takes hours or decisions on them. When a trajectory
 * closes, its pending entries lapse; at completion its {@link Certificate} is made, a fixed record that nothing
 * afterwards changes. Every change bumps {@link #version}, so that two concurrent entries or confirmations cannot both
 * be written from the same state (optimistic locking).
 *
 * <p>Longer than 300 lines because it is the one root every change of a trajectory, its placements and its hours goes
 * through (its mapping and accessors are half of it); the rules it applies with their reasons live beside it
 * ({@link HourRules}, {@link Backdating}).
 */
@Entity
@Table(name = "trajectory")
@Audited
@EntityListeners(TrajectoryFigureListener.class)
public class Trajectory {

    /** The participation trajectory lasts at least 40 hours. */
    public static final BigDecimal DEFAULT_TARGET = new BigDecimal("40.00");
    static final BigDecimal MAX_TARGET = new BigDecimal("400");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "newcomer_id", nullable = false, updatable = false)
    private long newcomerId;

    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @Column(name = "municipality_nis", nullable = false, length = 5)
    private String municipalityNis;

    @Column(length = 80)
    private String counsellor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrajectoryStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "target_hours", nullable = false, precision = 6, scale = 2)
    private BigDecimal targetHours;

    @Column(name = "target_reason", length = 1000)
    private String targetReason;

    private LocalDate deadline;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "confirmed_hours", nullable = false, precision = 8, scale = 2)
    private BigDecimal confirmedHours = BigDecimal.ZERO.setScale(2);

    @Column(name = "reported_hours", nullable = false, precision = 8, scale = 2)
    private BigDecimal reportedHours = BigDecimal.ZERO.setScale(2);

    @Column(name = "certificate_code", length = 24)
    private String certificateCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @NotAudited
    @OneToMany(mappedBy = "trajectory", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Placement> placements = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "trajectory", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<HourEntry> hours = new ArrayList<>();

    /** At most one (a unique key): the certificate made at completion. Lazy, so lists skip it. */
    @NotAudited
    @OneToMany(mappedBy = "trajectory", cascade = CascadeType.PERSIST)
    private List<Certificate> certificates = new ArrayList<>();

    /** Where and how the trajectory counted when it was read or last written (not a column; see the listener). */
    @Transient
    private Counted countedAsRead;

    protected Trajectory() {
    }

    /** What the figures count a trajectory under. */
    record Counted(String networkId, String municipalityNis, TrajectoryStatus status) {
    }

    @PostLoad
    void figuresWritten() {
        countedAsRead = counted();
    }

    Counted counted() {
        return new Counted(networkId, municipalityNis, status);
    }

    Counted countedAsRead() {
        return countedAsRead;
    }

    /**
     * Opens a trajectory in intake.
     *
     * @param plan the target (null for 40 hours) with its reason, the deadline and the counsellor
     */
    public Trajectory(long newcomerId, String networkId, String municipalityNis, Plan plan, LocalDate today,
                      Instant now) {
        this.newcomerId = newcomerId;
        this.networkId = Objects.requireNonNull(networkId);
        this.municipalityNis = Objects.requireNonNull(municipalityNis);
        this.status = TrajectoryStatus.INTAKE;
        this.openedOn = today;
        this.createdAt = now;
        applyPlan(plan, today);
    }

    /**
     * What a counsellor plans: the target hours (null = 40) and why another target, the deadline, the counsellor.
     */
    public record Plan(BigDecimal targetHours, String targetReason, LocalDate deadline, String counsellor) {
    }

    /**
     * Changes the plan of an open trajectory; a target at or below the confirmed hours completes it.
     *
     * @return whether it completed now (its running placements ended: the caller gives their places back)
     */
    public boolean changePlan(Plan plan, CategoryLabels labels, LocalDate today, Instant now) {
        requireOpen("het plan wijzigen");
        applyPlan(plan, today);
        return completeWhenReached(labels, today, now);
    }

    private void applyPlan(Plan plan, LocalDate today) {
        List<FieldViolation> problems = new ArrayList<>();
        BigDecimal target = plan.targetHours() == null ? DEFAULT_TARGET : plan.targetHours();
        String reason = blankToNull(plan.targetReason());
        if (target.signum() <= 0 || target.compareTo(MAX_TARGET) > 0) {
            problems.add(new FieldViolation("targetHours", "out-of-range", "Het doel ligt tussen 0 en "
                    + MAX_TARGET + " uur."));
        } else if (target.remainder(HourPolicy.QUARTER_HOUR).signum() != 0) {
            problems.add(new FieldViolation("targetHours", "not-a-step", "Het doel telt in kwartieren."));
        } else if (target.compareTo(DEFAULT_TARGET) != 0 && reason == null) {
            problems.add(new FieldViolation("targetReason", "required", "Een ander doel dan 40 uur vraagt een"
                    + " reden."));
        }
        if (reason != null && reason.length() > 1000) {
            problems.add(new FieldViolation("targetReason", "too-long", "Hoogstens 1000 tekens."));
        }
        if (plan.deadline() != null && plan.deadline().isBefore(openedOn)) {
            problems.add(new FieldViolation("deadline", "before-opening", "De deadline valt voor de opening van"
                    + " het traject (" + openedOn + ")."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.targetHours = target.setScale(2, RoundingMode.UNNECESSARY);
        this.targetReason = target.compareTo(DEFAULT_TARGET) == 0 ? null : reason;
        this.deadline = plan.deadline();
        this.counsellor = blankToNull(plan.counsellor());
    }

    /** Intake → active: the counsellor starts the trajectory (the service checked the newcomer's eligibility). */
    public void activate(LocalDate today) {
        transition(TrajectoryStatus.ACTIVE, TrajectoryStatus.INTAKE);
        startedOn = today;
    }

    /** Stops an open trajectory; its running placements end and its pending hours lapse. */
    public List<Placement> stop(String reason, LocalDate today, Instant now) {
        return close(TrajectoryStatus.STOPPED, reason, today, now);
    }

    /** Exempts the newcomer from an open trajectory; its running placements end and its pending hours lapse. */
    public List<Placement> exempt(String reason, LocalDate today, Instant now) {
        return close(TrajectoryStatus.EXEMPTED, reason, today, now);
    }

    private List<Placement> close(TrajectoryStatus to, String reason, LocalDate today, Instant now) {
        String text = blankToNull(reason);
        if (text == null || text.length() > 1000) {
            throw new InvalidInputException("reason", "required", "Geef een reden (hoogstens 1000 tekens).");
        }
        transition(to, TrajectoryStatus.INTAKE, TrajectoryStatus.ACTIVE);
        statusReason = text;
        endedOn = today;
        lapsePending("traject " + to.dutchLabel(), now);
        return endRunningPlacements(today);
    }

    /** Nobody decides the entries still pending on a closed trajectory: they lapse and leave the reported hours. */
    private void lapsePending(String why, Instant now) {
        for (HourEntry entry : hours) {
            if (entry.status() == HourStatus.PENDING) {
                entry.lapse(why, now);
                reportedHours = reportedHours.subtract(entry.hours());
            }
        }
    }

    private void transition(TrajectoryStatus to, TrajectoryStatus... from) {
        if (!List.of(from).contains(status)) {
            throw new ConflictException("transition-not-allowed", "Een traject met status '"
                    + status.dutchLabel() + "' kan niet naar '" + to.dutchLabel() + "'.");
        }
        status = to;
    }

    /** Places the newcomer in an offer or with a buddy; only an active trajectory takes placements. */
    public Placement place(PlacementDraft draft, Instant now, String by) {
        requireActive("een plaatsing toevoegen");
        Placement placement = new Placement(this, draft, now, by);
        placements.add(placement);
        return placement;
    }

    /** Ends a running placement on {@code day} (cancelled when no hours count for it). */
    public Placement endPlacement(long placementId, LocalDate day, boolean cancel) {
        Placement placement = placement(placementId);
        if (!placement.isRunning()) {
            throw new ConflictException("placement-not-running", "Deze plaatsing loopt niet meer.");
        }
        if (cancel) {
            if (hours.stream().anyMatch(e -> e.placementId().equals(placement.id()) && e.counts())) {
                throw new ConflictException("placement-has-hours", "Er staan uren op deze plaatsing: beëindig ze in"
                        + " plaats van ze te annuleren.");
            }
            placement.cancel();
        } else {
            placement.end(day);
        }
        return placement;
    }

    /**
     * Records hours of one day in one placement, to be confirmed.
     *
     * @throws ConflictException     when the trajectory is not active
     * @throws InvalidInputException with every reason the entry cannot count
     */
    public HourEntry report(long placementId, LocalDate date, BigDecimal hours, String note, HourPolicy policy,
                            Elsewhere elsewhere, Backdating backdating, LocalDate today, Instant now, String by) {
        requireActive("uren registreren");
        Placement placement = placements.stream().filter(p -> p.id() != null && p.id() == placementId).findFirst()
                .orElseThrow(() -> new InvalidInputException("placementId", "unknown-placement",
                        "Dit traject heeft geen plaatsing " + placementId + "."));
        String text = blankToNull(note);
        List<FieldViolation> problems = HourRules.check(placement, date, hours, text, policy, backdating, openedOn,
                today, new HourRules.DayHours() {
                    @Override
                    public BigDecimal inPlacement(LocalDate day) {
                        return dayTotal(day, placement.id());
                    }

                    @Override
                    public BigDecimal inTrajectory(LocalDate day) {
                        return dayTotal(day, null);
                    }

                    @Override
                    public BigDecimal elsewhere(LocalDate day) {
                        return elsewhere.hoursOn(day);
                    }
                });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        HourEntry entry = new HourEntry(this, placement, date, hours.setScale(2, RoundingMode.UNNECESSARY), text,
                Backdating.afterwards(date, openedOn), now, by);
        this.hours.add(entry);
        reportedHours = reportedHours.add(entry.hours());
        return entry;
    }

    /**
     * The hours the same person has on a day in their other trajectories (not rejected). Those are closed — a newcomer
     * has one open trajectory at a time — so nothing adds to them while this one is changed.
     */
    @FunctionalInterface
    public interface Elsewhere {

        Elsewhere NOTHING = day -> BigDecimal.ZERO;

        BigDecimal hoursOn(LocalDate day);
    }

    /** Confirms or rejects one pending entry, as {@link #decide(Collection, boolean, String, String, Confirmer,
     * CategoryLabels, LocalDate, Instant)} does for several. */
    public boolean decide(long entryId, boolean confirm, String reason, String by, Confirmer as,
                          CategoryLabels labels, LocalDate today, Instant now) {
        return decide(List.of(entryId), confirm, reason, by, as, labels, today, now);
    }

    /**
     * Confirms or rejects pending entries of an active trajectory, recording who; when the confirmed hours then reach
     * the target, the trajectory completes on {@code today} with its certificate, and whatever is still pending
     * lapses. All entries are decided before completion is checked, so hours confirmed together all count.
     *
     * @return whether this decision completed the trajectory
     * @throws ConflictException when the trajectory is not active or an entry was already decided
     */
    public boolean decide(Collection<Long> entryIds, boolean confirm, String reason, String by, Confirmer as,
                          CategoryLabels labels, LocalDate today, Instant now) {
        requireActive("uren bevestigen of afwijzen");
        String text = blankToNull(reason);
        HourRules.requireReasonFits(text);
        List<HourEntry> decided = new ArrayList<>();
        for (long entryId : entryIds) {
            HourEntry entry = entry(entryId);
            HourRules.requireUndecided(entry);
            decided.add(entry);
        }
        for (HourEntry entry : decided) {
            entry.decide(confirm, text, by, as, now);
            if (confirm) {
                confirmedHours = confirmedHours.add(entry.hours());
            } else {
                reportedHours = reportedHours.subtract(entry.hours());
            }
        }
        return completeWhenReached(labels, today, now);
    }

    private boolean completeWhenReached(CategoryLabels labels, LocalDate today, Instant now) {
        if (status == TrajectoryStatus.ACTIVE && confirmedHours.compareTo(targetHours) >= 0) {
            status = TrajectoryStatus.COMPLETED;
            endedOn = today;
            statusReason = null;
            certificateCode = CertificateCode.generate();
            lapsePending("traject voltooid", now);
            endRunningPlacements(today);
            certificates.add(new Certificate(this, certificateCode, today, targetHours, confirmedHours,
                    certificateLines(labels), now));
            return true;
        }
        return false;
    }

    /** Confirmed hours per type and reporting category, in the order of the type and category ids. */
    private List<Certificate.Line> certificateLines(CategoryLabels labels) {
        Map<List<String>, BigDecimal> sums = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (HourEntry entry : hours) {
            if (entry.status() == HourStatus.CONFIRMED) {
                String typeId = placement(entry.placementId()).typeId();
                sums.merge(List.of(typeId, entry.reportingCategory()), entry.hours(), BigDecimal::add);
            }
        }
        return sums.entrySet().stream().map(e -> new Certificate.Line(e.getKey().get(0), e.getKey().get(1),
                labels.label(e.getKey().get(0), e.getKey().get(1)), e.getValue())).toList();
    }

    /** A newcomer moved: the trajectory, its placements and hours go with them to the other network. */
    public void referTo(String municipalityNis, String networkId) {
        requireOpen("doorverwijzen");
        this.municipalityNis = Objects.requireNonNull(municipalityNis);
        this.networkId = Objects.requireNonNull(networkId);
    }

    private List<Placement> endRunningPlacements(LocalDate today) {
        List<Placement> ended = placements.stream().filter(Placement::isRunning).toList();
        ended.forEach(p -> p.end(today));
        return ended;
    }

    /** Hours that still count on a day: of one placement, or of every placement when {@code placementId} is null. */
    BigDecimal dayTotal(LocalDate day, Long placementId) {
        return hours.stream().filter(HourEntry::counts).filter(e -> e.date().equals(day))
                .filter(e -> placementId == null || placementId.equals(e.placementId()))
                .map(HourEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Clears what a trajectory says about its newcomer in free text, when the newcomer is erased: the reasons of its
     * status and target, the attributes of its placements, the notes and rejection reasons of its hours. Status,
     * dates, hours, their categories and the certificate code (which names nobody) stay, so that every report keeps
     * counting the trajectory. Only a closed trajectory is erased.
     */
    public void eraseFreeText(String placeholder) {
        if (status.isOpen()) {
            throw new ConflictException("trajectory-open", "Een open traject wordt niet gewist.");
        }
        statusReason = statusReason == null ? null : placeholder;
        targetReason = targetReason == null ? null : placeholder;
        placements.forEach(Placement::eraseAttributes);
        hours.forEach(HourEntry::eraseFreeText);
    }

    private void requireActive(String what) {
        if (status != TrajectoryStatus.ACTIVE) {
            throw new ConflictException("trajectory-not-active", "Alleen op een lopend traject kun je " + what
                    + "; dit traject is " + status.dutchLabel() + ".");
        }
    }

    private void requireOpen(String what) {
        if (!status.isOpen()) {
            throw new ConflictException("trajectory-closed", "Een traject met status '" + status.dutchLabel()
                    + "' kun je niet meer " + what + ".");
        }
    }

    public Placement placement(long placementId) {
        return placements.stream().filter(p -> p.id() != null && p.id() == placementId).findFirst()
                .orElseThrow(() -> new NotFoundException("plaatsing", String.valueOf(placementId)));
    }

    public HourEntry entry(long entryId) {
        return hours.stream().filter(e -> e.id() != null && e.id() == entryId).findFirst()
                .orElseThrow(() -> new NotFoundException("urenregistratie", String.valueOf(entryId)));
    }

    /** Share of the target reached by confirmed hours, 0–100, rounded down. */
    public int progressPercent() {
        BigDecimal percent = confirmedHours.multiply(BigDecimal.valueOf(100))
                .divide(targetHours, 0, RoundingMode.DOWN);
        return Math.min(100, percent.intValue());
    }

    public BigDecimal remainingHours() {
        BigDecimal rest = targetHours.subtract(confirmedHours);
        return rest.signum() < 0 ? BigDecimal.ZERO.setScale(2) : rest;
    }

    /** Hours reported and not yet decided. */
    public BigDecimal pendingHours() {
        return reportedHours.subtract(confirmedHours);
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    public Long id() {
        return id;
    }

    public long newcomerId() {
        return newcomerId;
    }

    public String networkId() {
        return networkId;
    }

    public String municipalityNis() {
        return municipalityNis;
    }

    public String counsellor() {
        return counsellor;
    }

    public TrajectoryStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public BigDecimal targetHours() {
        return targetHours;
    }

    public String targetReason() {
        return targetReason;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    /** The certificate made at completion; empty before. */
    public Optional<Certificate> certificate() {
        return certificates.stream().findFirst();
    }

    /** The completion date, when completed. */
    public Optional<LocalDate> completedOn() {
        return status == TrajectoryStatus.COMPLETED ? Optional.of(endedOn) : Optional.empty();
    }

    public BigDecimal confirmedHours() {
        return confirmedHours;
    }

    public BigDecimal reportedHours() {
        return reportedHours;
    }

    public String certificateCode() {
        return certificateCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public List<Placement> placements() {
        return List.copyOf(placements);
    }

    public List<HourEntry> hourEntries() {
        return List.copyOf(hours);
    }
}
