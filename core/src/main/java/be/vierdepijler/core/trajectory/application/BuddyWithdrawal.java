package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.port.BuddyPlaces;
import be.vierdepijler.core.port.BuddyWithdrew;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * When a buddy stops, every duo they still ran ends today, in the transaction that stopped them, and its duo is given
 * back. The stop was authorised as a change of the buddy, so no trajectory scope is asked here.
 */
@ApplicationScoped
public class BuddyWithdrawal {

    @Inject
    TrajectoryRepository trajectories;

    @Inject
    BuddyPlaces buddies;

    @Inject
    Event<PlacementStopped> placementStopped;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    void onBuddyWithdrew(@Observes BuddyWithdrew withdrew) {
        LocalDate today = LocalDate.now(clock);
        for (long trajectoryId : trajectories.withRunningDuo(withdrew.buddyId())) {
            Trajectory trajectory = trajectories.forChange(trajectoryId).orElseThrow();
            List<Placement> running = trajectory.placements().stream()
                    .filter(p -> p.isRunning() && Long.valueOf(withdrew.buddyId()).equals(p.buddyId())).toList();
            for (Placement placement : running) {
                trajectory.endPlacement(placement.id(), today, false);
                buddies.releaseDuo(placement.buddyId());
                placementStopped.fire(PlacementStopped.of(trajectory, placement, null));
            }
        }
        em.flush();
    }
}
