package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.port.BuddyPlaces;
import be.vierdepijler.core.port.OfferPlaces;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Ends or cancels placements and gives their places back through the ports ({@link OfferPlaces#releasePlace},
 * {@link BuddyPlaces#releaseDuo}) in the same transaction, then tells who listens ({@link PlacementStopped}): the
 * matching weighs a newcomer whose duo stopped again. Also gives back the places of placements that ended with their
 * trajectory ({@link PlacementsEnded}). A buddy who stops ends their duos through {@link BuddyWithdrawal}.
 */
@ApplicationScoped
public class PlacementEnding {

    @Inject
    TrajectoryService trajectoryService;

    @Inject
    OfferPlaces offers;

    @Inject
    BuddyPlaces buddies;

    @Inject
    Retry retry;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Event<PlacementStopped> placementStopped;

    /** Ends (or cancels, when no hours count for it) a running placement, and gives its place back. */
    public Placement end(Caller caller, long trajectoryId, long placementId, LocalDate day, boolean cancel) {
        return retry.onConflict(() -> {
            Trajectory trajectory = trajectoryService.forChange(caller, trajectoryId, null);
            Placement placement = trajectory.endPlacement(placementId, day == null ? LocalDate.now(clock) : day,
                    cancel);
            release(placement.offerId(), placement.buddyId());
            em.flush();
            placementStopped.fire(PlacementStopped.of(trajectory, placement, placement.offerId()));
            return placement;
        });
    }

    void onEnded(@Observes PlacementsEnded ended) {
        ended.places().forEach(p -> release(p.offerId(), p.buddyId()));
    }

    private void release(Long offerId, Long buddyId) {
        if (offerId != null) {
            offers.releasePlace(offerId);
        }
        if (buddyId != null) {
            buddies.releaseDuo(buddyId);
        }
    }
}
