package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.newcomer.application.NewcomerService;
import be.vierdepijler.core.newcomer.domain.Eligibility;
import be.vierdepijler.core.newcomer.domain.EligibilityCheck;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.trajectory.domain.CategoryHours;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryFilter;
import be.vierdepijler.core.trajectory.domain.TrajectoryListing;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lifecycle of trajectories as counsellors and coordinators follow them in their networks: list, read (logged),
 * open, change the plan, move to another status; local officers read their municipality's; organisation contacts see
 * only the trajectories with a placement in their organisation's offers, with the newcomer's first name; viewers see
 * none ({@link TrajectoryAccess}). The other use cases on a trajectory have a service each: hours
 * ({@link HourEntries}), placements ({@link PlacementService}), the certificate ({@link Certificates}), referrals
 * ({@link Referrals}).
 */
@ApplicationScoped
public class TrajectoryService {

    public static final String AUDIT_KIND = "trajectory";

    @Inject
    TrajectoryRepository trajectories;

    @Inject
    TrajectoryAccess access;

    @Inject
    TrajectoryClosure closure;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    NewcomerService newcomerService;

    @Inject
    PlaceDirectory places;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

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
                l.newcomerFirstName(), l.newcomerLastName(), minimal, List.of()));
    }

    /** One trajectory in scope, with its hours per category; the read is logged. */
    @Transactional
    public TrajectoryView get(Caller caller, long id) {
        TrajectoryListing listing = access.listingInScope(caller, id);
        audit.recordRead(caller, AUDIT_KIND, String.valueOf(id));
        boolean minimal = TrajectoryAccess.isOrganisationContact(caller);
        return new TrajectoryView(listing.trajectory(), listing.newcomerFirstName(),
                listing.newcomerLastName(), minimal,
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
        newcomers.lock(newcomer);
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
            trajectories.flush();
        }
        return new TrajectoryView(created, newcomer.firstName(), newcomer.lastName(), false, List.of());
    }

    /** Changes target, deadline or counsellor of an open trajectory. */
    @Transactional
    public TrajectoryView changePlan(Caller caller, long id, long expectedVersion, Trajectory.Plan plan) {
        Trajectory trajectory = access.forChange(caller, id, expectedVersion);
        List<Placement> running = trajectory.placements().stream().filter(Placement::isRunning).toList();
        if (trajectory.changePlan(plan, closure.labels(), today(), clock.instant())) {
            // a target lowered to the confirmed hours completes it: the places its placements held go back
            closure.releaseAll(running);
        }
        closure.closeLinksWhenClosed(trajectory, caller.username());
        return flushed(trajectory);
    }

    /**
     * Moves a trajectory to another status: {@code active} (from intake, when the newcomer is eligible or a
     * counsellor overrode the rules), {@code stopped} or {@code exempted} (with a reason). Completion happens by
     * itself.
     */
    @Transactional
    public TrajectoryView transition(Caller caller, long id, Long expectedVersion, TrajectoryStatus to,
                                     String reason) {
        Trajectory trajectory = access.forChange(caller, id, expectedVersion);
        switch (to) {
            case ACTIVE -> activate(trajectory, newcomers.byId(trajectory.newcomerId()).orElseThrow());
            case STOPPED -> closure.releaseAll(trajectory.stop(reason, today(), clock.instant()));
            case EXEMPTED -> closure.releaseAll(trajectory.exempt(reason, today(), clock.instant()));
            case COMPLETED -> throw new ConflictException("completion-is-derived", "Een traject wordt vanzelf"
                    + " voltooid wanneer de bevestigde uren het doel bereiken.");
            case INTAKE -> throw new ConflictException("transition-not-allowed", "Een traject gaat niet terug naar"
                    + " intake.");
            default -> throw new IllegalStateException(to.name());
        }
        closure.closeLinksWhenClosed(trajectory, caller.username());
        return flushed(trajectory);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Placement> placements(Caller caller, long id, PageRequest page) {
        access.listingInScope(caller, id);
        return trajectories.placements(id, TrajectoryAccess.organisationFilter(caller), page);
    }

    private TrajectoryView flushed(Trajectory trajectory) {
        trajectories.flush();
        TrajectoryListing listing = trajectories.listing(trajectory.id()).orElseThrow();
        return new TrajectoryView(trajectory, listing.newcomerFirstName(), listing.newcomerLastName(), false,
                trajectories.confirmedHoursByCategory(trajectory.id()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
