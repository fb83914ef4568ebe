package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.newcomer.application.NewcomerService;
import be.vierdepijler.core.newcomer.domain.Eligibility;
import be.vierdepijler.core.newcomer.domain.EligibilityCheck;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.domain.CategoryHours;
import be.vierdepijler.core.trajectory.domain.CategoryLabels;
import be.vierdepijler.core.trajectory.domain.Certificate;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.ConfirmationLinkRepository;
import be.vierdepijler.core.trajectory.domain.Confirmer;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.HourFilter;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Referral;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryFilter;
import be.vierdepijler.core.trajectory.domain.TrajectoryListing;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import be.vierdepijler.core.user.domain.Caller;
import be.vierdepijler.core.user.domain.PlaceDirectory;
import be.vierdepijler.core.user.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Trajectories as counsellors and coordinators follow them in their networks; local officers read their
 * municipality's; organisation contacts see only the placements and hours in their organisation's offers, with the
 * newcomer's first name; viewers see none. Commands on hours run through {@link Retry}.
 */
@ApplicationScoped
public class TrajectoryService {

    public static final String AUDIT_KIND = "trajectory";

    @Inject
    TrajectoryRepository trajectories;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    NewcomerService newcomerService;

    @Inject
    PlaceDirectory places;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    AuditLog audit;

    @Inject
    Retry retry;

    @Inject
    Clock clock;

    @Inject
    Event<PlacementsEnded> placementsEnded;

    @Inject
    ConfirmationLinkRepository links;

    @Inject
    TrajectorySettings settings;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /**
     * A trajectory as one caller may see it.
     *
     * @param minimal    true for an organisation contact: only the newcomer's first name, status and hours
     * @param categories confirmed hours per reporting category (filled for one trajectory, empty in lists)
     */
    public record TrajectoryView(Trajectory trajectory, String firstName, String lastName, boolean minimal,
                                 List<CategoryHours> categories) {
    }

    /** The outcome of a decision on hours. */
    public record Decision(HourEntry entry, TrajectoryStatus status, BigDecimal confirmedHours, boolean completed) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TrajectoryView> find(Caller caller, TrajectoryFilter filter, PageRequest page) {
        PersonScope scope = PersonScope.of(caller);
        if (!scope.seesPeople() && scope.organisationId() == null) {
            throw new ForbiddenException("Je rol ziet geen trajecten van personen.");
        }
        if (filter.networkId() != null && !places.networkExists(filter.networkId())) {
            throw new InvalidInputException("network", "unknown-network",
                    "Er bestaat geen netwerk '" + filter.networkId() + "'.");
        }
        boolean minimal = scope.organisationId() != null;
        return trajectories.find(scope, filter, page).map(l -> new TrajectoryView(l.trajectory(),
                l.newcomerFirstName(), minimal ? null : l.newcomerLastName(), minimal, List.of()));
    }

    /** One trajectory in scope, with its hours per category; the read is logged. */
    @Transactional
    public TrajectoryView get(Caller caller, long id) {
        TrajectoryListing listing = listingInScope(caller, id);
        audit.recordRead(caller, AUDIT_KIND, String.valueOf(id));
        boolean minimal = isOrganisationContact(caller);
        return new TrajectoryView(listing.trajectory(), listing.newcomerFirstName(),
                minimal ? null : listing.newcomerLastName(), minimal,
                minimal ? List.of() : trajectories.confirmedHoursByCategory(id));
    }

    /**
     * Opens a trajectory in intake for a newcomer who has no open one; with {@code activate}, starts it at once in the
     * same transaction (an ineligible newcomer then gets nothing: 409 {@code not-eligible}, no trajectory opened).
     */
    @Transactional
    public TrajectoryView open(Caller caller, long newcomerId, Trajectory.Plan plan, boolean activate) {
        Newcomer newcomer = newcomers.byId(newcomerId)
                .filter(n -> PersonScope.of(caller).covers(n.networkId(), n.municipalityNis()))
                .orElseThrow(() -> new InvalidInputException("newcomerId", "unknown-newcomer",
                        "Er is geen inburgeraar " + newcomerId + " binnen je bereik."));
        if (!PersonScope.mayManage(caller, newcomer.networkId())) {
            throw new ForbiddenException("Alleen een trajectbegeleider of coördinator van het netwerk opent een"
                    + " traject.");
        }
        // one open trajectory per newcomer: a second opening at the same moment waits here and then sees the first
        em.lock(newcomer, LockModeType.PESSIMISTIC_WRITE);
        newcomer.requireNotErased(); // an erasure or the retention job holds the same lock while it erases
        if (trajectories.hasOpenTrajectory(newcomerId)) {
            throw new ConflictException("already-open", "Deze inburgeraar heeft al een open traject.");
        }
        Trajectory.Plan withCounsellor = plan.counsellor() == null && caller.role() == Role.COUNSELLOR
                ? new Trajectory.Plan(plan.targetHours(), plan.targetReason(), plan.deadline(), caller.username())
                : plan;
        Trajectory created = trajectories.add(new Trajectory(newcomerId, newcomer.networkId(),
                newcomer.municipalityNis(), withCounsellor, today(), clock.instant()));
        if (activate) {
            activate(created, newcomer);
            em.flush();
        }
        return new TrajectoryView(created, newcomer.firstName(), newcomer.lastName(), false, List.of());
    }

    /** Changes target, deadline or counsellor of an open trajectory. */
    @Transactional
    public TrajectoryView changePlan(Caller caller, long id, long expectedVersion, Trajectory.Plan plan) {
        Trajectory trajectory = forChange(caller, id, expectedVersion);
        trajectory.changePlan(plan, labels(), today(), clock.instant());
        closeLinksWhenClosed(trajectory, caller.username());
        return flushed(caller, trajectory);
    }

    /**
     * Moves a trajectory to another status: {@code active} (from intake, when the newcomer is eligible or a
     * counsellor overrode the rules), {@code stopped} or {@code exempted} (with a reason). Completion happens by
     * itself.
     */
    @Transactional
    public TrajectoryView transition(Caller caller, long id, Long expectedVersion, TrajectoryStatus to,
                                     String reason) {
        Trajectory trajectory = forChange(caller, id, expectedVersion);
        switch (to) {
            case ACTIVE -> activate(trajectory, newcomers.byId(trajectory.newcomerId()).orElseThrow());
            case STOPPED -> releaseAll(trajectory.stop(reason, today(), clock.instant()));
            case EXEMPTED -> releaseAll(trajectory.exempt(reason, today(), clock.instant()));
            case COMPLETED -> throw new ConflictException("completion-is-derived", "Een traject wordt vanzelf"
                    + " voltooid wanneer de bevestigde uren het doel bereiken.");
            case INTAKE -> throw new ConflictException("transition-not-allowed", "Een traject gaat niet terug naar"
                    + " intake.");
            default -> throw new IllegalStateException(to.name());
        }
        closeLinksWhenClosed(trajectory, caller.username());
        return flushed(caller, trajectory);
    }

    /** Intake → active, when the newcomer is eligible or a counsellor overrode the rules. */
    private void activate(Trajectory trajectory, Newcomer newcomer) {
        Eligibility eligibility = newcomerService.eligibility(newcomer);
        if (!eligibility.eligible()) {
            throw new ConflictException("not-eligible", "De inburgeraar voldoet niet aan de voorwaarden: "
                    + eligibility.checks().stream().filter(c -> !c.passed()).map(EligibilityCheck::reason)
                    .collect(Collectors.joining(" ")) + " Een trajectbegeleider kan afwijken met een"
                    + " motivering.");
        }
        trajectory.activate(today());
    }

    /**
     * A trajectory that completed, stopped or was exempted takes no decisions any more: its links that are still open
     * close (a contact person who opens one is told why).
     */
    void closeLinksWhenClosed(Trajectory trajectory, String by) {
        if (!trajectory.status().isOpen()) {
            links.closeOpen(trajectory.id(), ConfirmationLink.Closure.TRAJECTORY_CLOSED, by, clock.instant());
        }
    }

    /** The Dutch labels of reporting categories, as a certificate records them. */
    CategoryLabels labels() {
        return types::categoryLabel;
    }

    /**
     * Reports hours of one day in one placement; pending until confirmed. Retried on a concurrent change, so two
     * entries at once are both kept and checked against each other (24 hours a day, the type's cap).
     */
    public HourEntry reportHours(Caller caller, long id, long placementId, LocalDate date, BigDecimal hours,
                                 String note) {
        return retry.onConflict(() -> {
            Trajectory trajectory = forChange(caller, id, null);
            // an unknown placement is reported by the aggregate as a field error; any policy does until then
            HourPolicy policy = trajectory.placements().stream().filter(p -> p.id() == placementId).findFirst()
                    .map(p -> types.get(p.typeId()).hourPolicy()).orElse(HourPolicy.fullDay(true));
            Trajectory.Elsewhere elsewhere = day -> trajectories.hoursOfNewcomerOn(trajectory.newcomerId(),
                    trajectory.id(), day);
            HourEntry entry = trajectory.report(placementId, date, hours, note, policy, elsewhere,
                    settings.backdating(), today(), clock.instant(), caller.username());
            em.flush();
            return entry;
        });
    }

    /**
     * A signed-in user confirms or rejects an entry: a counsellor or coordinator of the network, or a contact of the
     * organisation whose offer the placement is in. Retried on a concurrent change.
     */
    public Decision decide(Caller caller, long id, long entryId, boolean confirm, String reason) {
        return retry.onConflict(() -> {
            listingInScope(caller, id);
            Trajectory trajectory = trajectories.forChange(id).orElseThrow();
            Confirmer as;
            if (PersonScope.mayManage(caller, trajectory.networkId())) {
                as = Confirmer.COUNSELLOR;
            } else if (isOrganisationContact(caller)) {
                as = Confirmer.CONTACT_PERSON;
                boolean own = trajectory.hourEntries().stream().filter(e -> e.id() != null && e.id() == entryId)
                        .anyMatch(e -> Objects.equals(caller.organisationId(),
                                trajectory.placement(e.placementId()).organisationId()));
                if (!own) {
                    throw new NotFoundException("urenregistratie", String.valueOf(entryId));
                }
            } else {
                throw new ForbiddenException("Alleen de trajectbegeleider, de coördinator of de contactpersoon van"
                        + " het aanbod beslist over uren.");
            }
            HourEntry entry = trajectory.entry(entryId);
            List<Placement> running = trajectory.placements().stream().filter(Placement::isRunning).toList();
            boolean completed = trajectory.decide(entryId, confirm, reason, caller.username(), as, labels(), today(),
                    clock.instant());
            if (completed) {
                releaseAll(running);
                closeLinksWhenClosed(trajectory, caller.username());
            }
            em.flush();
            return new Decision(entry, trajectory.status(), trajectory.confirmedHours(), completed);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Placement> placements(Caller caller, long id, PageRequest page) {
        listingInScope(caller, id);
        return trajectories.placements(id, organisationFilter(caller), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HourEntry> hours(Caller caller, long id, HourFilter filter, PageRequest page) {
        listingInScope(caller, id);
        return trajectories.hours(id, organisationFilter(caller), filter, page);
    }

    /** What a certificate of a completed trajectory says: its fixed record, and whom it names. */
    public record CertificateData(Certificate certificate, String firstName, String lastName) {
    }

    @Transactional
    public CertificateData certificate(Caller caller, long id) {
        TrajectoryListing listing = listingInScope(caller, id);
        if (isOrganisationContact(caller)) {
            throw new ForbiddenException("Het attest is voor de inburgeraar en de trajectbegeleiding.");
        }
        Trajectory t = listing.trajectory();
        if (t.status() != TrajectoryStatus.COMPLETED) {
            throw new ConflictException("not-completed", "Er is pas een attest wanneer het traject voltooid is; nu "
                    + t.confirmedHours().stripTrailingZeros().toPlainString() + " van "
                    + t.targetHours().stripTrailingZeros().toPlainString() + " uur bevestigd.");
        }
        audit.recordRead(caller, "certificate", String.valueOf(id));
        Certificate certificate = t.certificate().orElseThrow(() -> new IllegalStateException("completed trajectory "
                + id + " has no certificate record"));
        return new CertificateData(certificate, listing.newcomerFirstName(), listing.newcomerLastName());
    }

    /** What the public verification of a certificate code may say: never a name. */
    public record Verification(boolean valid, LocalDate completedOn, BigDecimal hours, String contentHash) {
    }

    /** The certificate's record as it was made at completion, whatever happened to the trajectory since. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String code) {
        return trajectories.certificate(code)
                .map(c -> new Verification(true, c.completedOn(), c.confirmedHours(), c.contentHash()))
                .orElse(new Verification(false, null, null, null));
    }

    /**
     * Refers an open trajectory to the network of the newcomer's new municipality (warm handover): the newcomer,
     * the trajectory, its placements and hours go along; a referral records who, why and a note for the next
     * counsellor. The sending network no longer sees the trajectory afterwards.
     */
    @Transactional
    public Referral refer(Caller caller, long id, Long expectedVersion, String municipalityNis, String motivation,
                          String handoverNote) {
        Trajectory trajectory = forChange(caller, id, expectedVersion);
        String nis = municipalityNis == null ? null : municipalityNis.strip();
        String toNetwork = nis == null ? null : places.networkOfMunicipality(nis).orElse(null);
        String text = motivation == null ? "" : motivation.strip();
        String note = handoverNote == null || handoverNote.isBlank() ? null : handoverNote.strip();
        List<be.vierdepijler.core.shared.FieldViolation> problems = new java.util.ArrayList<>();
        if (toNetwork == null) {
            problems.add(new be.vierdepijler.core.shared.FieldViolation("municipalityNis", "unknown-municipality",
                    "Er bestaat geen gemeente met NIS-code '" + municipalityNis + "'."));
        } else if (toNetwork.equals(trajectory.networkId())) {
            problems.add(new be.vierdepijler.core.shared.FieldViolation("municipalityNis", "same-network",
                    "Die gemeente ligt in hetzelfde netwerk: wijzig de gemeente van de inburgeraar."));
        }
        if (text.length() < 10 || text.length() > 1000) {
            problems.add(new be.vierdepijler.core.shared.FieldViolation("motivation", "required",
                    "Motiveer de doorverwijzing in 10 tot 1000 tekens."));
        }
        if (note != null && note.length() > 2000) {
            problems.add(new be.vierdepijler.core.shared.FieldViolation("handoverNote", "too-long",
                    "Hoogstens 2000 tekens."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Newcomer newcomer = newcomers.byId(trajectory.newcomerId()).orElseThrow();
        Referral referral = new Referral(id, trajectory.networkId(), toNetwork, trajectory.municipalityNis(), nis,
                text, note, caller.username(), clock.instant());
        trajectory.referTo(nis, toNetwork);
        newcomer.moveTo(nis, toNetwork);
        em.persist(referral);
        em.flush();
        return referral;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Referral> referrals(Caller caller, long id) {
        listingInScope(caller, id);
        if (isOrganisationContact(caller)) {
            return List.of();
        }
        return em.createQuery("select r from Referral r where r.trajectoryId = :id order by r.referredAt, r.id",
                Referral.class).setParameter("id", id).getResultList();
    }

    /** The trajectory with its newcomer's name, when the caller may see it; 404 otherwise. */
    public TrajectoryListing listingInScope(Caller caller, long id) {
        return trajectories.listing(id).filter(l -> visible(caller, l.trajectory()))
                .orElseThrow(() -> new NotFoundException("traject", String.valueOf(id)));
    }

    /** Whether the caller may see the trajectory: in their scope, or (a contact) with a placement of theirs. */
    private boolean visible(Caller caller, Trajectory t) {
        PersonScope scope = PersonScope.of(caller);
        return scope.covers(t.networkId(), t.municipalityNis())
                || (scope.organisationId() != null && trajectories.hasPlacementOf(t.id(), scope.organisationId()));
    }

    /**
     * The aggregate for a change by a counsellor or coordinator of its network, version-locked; 404 as
     * {@link #listingInScope} when the caller may not see it (read without the newcomer's name, which a change does
     * not need: one statement less on every hour entry).
     */
    Trajectory forChange(Caller caller, long id, Long expectedVersion) {
        Trajectory trajectory = trajectories.forChange(id).filter(t -> visible(caller, t))
                .orElseThrow(() -> new NotFoundException("traject", String.valueOf(id)));
        if (!PersonScope.mayManage(caller, trajectory.networkId())) {
            throw new ForbiddenException("Alleen een trajectbegeleider of coördinator van het netwerk wijzigt dit"
                    + " traject.");
        }
        if (expectedVersion != null && trajectory.version() != expectedVersion) {
            throw new ConcurrentModificationException("traject", String.valueOf(id), trajectory.version());
        }
        return trajectory;
    }

    private TrajectoryView flushed(Caller caller, Trajectory trajectory) {
        em.flush();
        TrajectoryListing listing = trajectories.listing(trajectory.id()).orElseThrow();
        return new TrajectoryView(trajectory, listing.newcomerFirstName(), listing.newcomerLastName(), false,
                trajectories.confirmedHoursByCategory(trajectory.id()));
    }

    /** Gives back the places of placements that ended with the trajectory (observed where places are taken). */
    void releaseAll(List<Placement> ended) {
        if (!ended.isEmpty()) {
            placementsEnded.fire(new PlacementsEnded(ended.stream()
                    .map(p -> new PlacementsEnded.Place(p.offerId(), p.buddyId())).toList()));
        }
    }

    private static Long organisationFilter(Caller caller) {
        return isOrganisationContact(caller) ? caller.organisationId() : null;
    }

    private static boolean isOrganisationContact(Caller caller) {
        return caller.role() == Role.ORGANISATION_CONTACT;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
