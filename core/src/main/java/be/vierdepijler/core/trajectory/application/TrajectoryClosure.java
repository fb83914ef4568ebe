package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.domain.CategoryLabels;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.ConfirmationLinkRepository;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * What follows when a trajectory closes, whichever use case closed it (a stop, an exemption, the decision or the
 * confirmation link that completed it): its open confirmation links close, and the places of its ended placements are
 * given back. Completion also needs the labels its certificate records.
 */
@ApplicationScoped
public class TrajectoryClosure {

    @Inject
    ConfirmationLinkRepository links;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    Event<PlacementsEnded> placementsEnded;

    @Inject
    Clock clock;

    /**
     * A trajectory that completed, stopped or was exempted takes no decisions any more: its links that are still open
     * close (a contact person who opens one is told why).
     */
    void closeLinksWhenClosed(Trajectory trajectory, String by) {
        if (!trajectory.status().isOpen()) {
            links.closeOpen(trajectory.id(), ConfirmationLink.Closure.TRAJECTORY_CLOSED, by, clock.instant());
        }
    }

    /** Gives back the places of placements that ended with the trajectory (observed where places are taken). */
    void releaseAll(List<Placement> ended) {
        if (!ended.isEmpty()) {
            placementsEnded.fire(new PlacementsEnded(ended.stream()
                    .map(p -> new PlacementsEnded.Place(p.offerId(), p.buddyId())).toList()));
        }
    }

    /** The Dutch labels of reporting categories, as a certificate records them. */
    CategoryLabels labels() {
        return types::categoryLabel;
    }
}
