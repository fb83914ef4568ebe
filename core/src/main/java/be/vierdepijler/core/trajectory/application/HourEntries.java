package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.domain.Confirmer;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.HourFilter;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The hours of a trajectory as signed-in users record and decide them: counsellors and coordinators of the network
 * report hours and confirm or reject them; an organisation contact sees and decides the hours in their
 * organisation's offers. What may be recorded and decided is {@link be.vierdepijler.core.trajectory.domain.HourRules};
 * a decision that reaches the target completes the trajectory ({@link TrajectoryClosure}). Commands run through
 * {@link Retry}, so that two entries at once are both kept and checked against each other. A contact person who
 * confirms through a mailed link goes through {@link ConfirmationService}.
 */
@ApplicationScoped
public class HourEntries {

    @Inject
    TrajectoryAccess access;

    @Inject
    TrajectoryRepository trajectories;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    TrajectoryClosure closure;

    @Inject
    TrajectorySettings settings;

    @Inject
    Retry retry;

    @Inject
    Clock clock;

    /** The outcome of a decision on hours. */
    public record Decision(HourEntry entry, TrajectoryStatus status, BigDecimal confirmedHours, boolean completed) {
    }

    /**
     * Reports hours of one day in one placement; pending until confirmed. Retried on a concurrent change, so two
     * entries at once are both kept and checked against each other (24 hours a day, the type's cap).
     */
    public HourEntry reportHours(Caller caller, long id, long placementId, LocalDate date, BigDecimal hours,
                                 String note) {
        return retry.onConflict(() -> {
            Trajectory trajectory = access.forChange(caller, id, null);
            // an unknown placement is reported by the aggregate as a field error; any policy does until then
            HourPolicy policy = trajectory.placements().stream().filter(p -> p.id() == placementId).findFirst()
                    .map(p -> types.get(p.typeId()).hourPolicy()).orElse(HourPolicy.fullDay(true));
            Trajectory.Elsewhere elsewhere = day -> trajectories.hoursOfNewcomerOn(trajectory.newcomerId(),
                    trajectory.id(), day);
            HourEntry entry = trajectory.report(placementId, date, hours, note, policy, elsewhere,
                    settings.backdating(), today(), clock.instant(), caller.username());
            trajectories.flush();
            return entry;
        });
    }

    /**
     * A signed-in user confirms or rejects an entry: a counsellor or coordinator of the network, or a contact of the
     * organisation whose offer the placement is in. Retried on a concurrent change.
     */
    public Decision decide(Caller caller, long id, long entryId, boolean confirm, String reason) {
        return retry.onConflict(() -> {
            access.listingInScope(caller, id);
            Trajectory trajectory = trajectories.forChange(id).orElseThrow();
            Confirmer as = confirmer(caller, trajectory, entryId);
            HourEntry entry = trajectory.entry(entryId);
            List<Placement> running = trajectory.placements().stream().filter(Placement::isRunning).toList();
            boolean completed = trajectory.decide(entryId, confirm, reason, caller.username(), as, closure.labels(),
                    today(), clock.instant());
            if (completed) {
                closure.releaseAll(running);
                closure.closeLinksWhenClosed(trajectory, caller.username());
            }
            trajectories.flush();
            return new Decision(entry, trajectory.status(), trajectory.confirmedHours(), completed);
        });
    }

    /**
     * As whom the caller decides on an entry of a trajectory they see: a counsellor or coordinator of its network as
     * counsellor; an organisation contact as contact person, for an entry in their organisation's offer only (404 for
     * another, as if it did not exist); anyone else not at all (403).
     */
    static Confirmer confirmer(Caller caller, Trajectory trajectory, long entryId) {
        if (PersonScope.mayManage(caller, trajectory.networkId())) {
            return Confirmer.COUNSELLOR;
        }
        if (TrajectoryAccess.isOrganisationContact(caller)) {
            boolean own = trajectory.hourEntries().stream().filter(e -> e.id() != null && e.id() == entryId)
                    .anyMatch(e -> Objects.equals(caller.organisationId(),
                            trajectory.placement(e.placementId()).organisationId()));
            if (!own) {
                throw new NotFoundException("urenregistratie", String.valueOf(entryId));
            }
            return Confirmer.CONTACT_PERSON;
        }
        throw new ForbiddenException("Alleen de trajectbegeleider, de coördinator of de contactpersoon van"
                + " het aanbod beslist over uren.");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HourEntry> hours(Caller caller, long id, HourFilter filter, PageRequest page) {
        access.listingInScope(caller, id);
        return trajectories.hours(id, TrajectoryAccess.organisationFilter(caller), filter, page);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
