package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Trajectory;

/**
 * One placement was ended or cancelled on its own, before its trajectory ended (the counsellor stopped it, or its
 * buddy withdrew). Fired synchronously inside the transaction that ended it, after its place was given back; the
 * matching observes it to look for another buddy. Placements that end because their trajectory completes, stops or
 * is exempted fire {@link PlacementsEnded} instead.
 *
 * @param trajectoryOpen whether the trajectory still runs (intake or active), i.e. the newcomer still needs the
 *                       hours the placement would have given
 */
public record PlacementStopped(long trajectoryId, long newcomerId, long placementId, Long offerId, Long buddyId,
                               boolean trajectoryOpen) {

    /** The placement of the trajectory stopped; {@code offerId} the offer whose place it gave back, or null. */
    static PlacementStopped of(Trajectory trajectory, Placement placement, Long offerId) {
        return new PlacementStopped(trajectory.id(), trajectory.newcomerId(), placement.id(), offerId,
                placement.buddyId(), trajectory.status().isOpen());
    }
}
