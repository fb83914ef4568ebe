package be.vierdepijler.core.trajectory.application;

import java.util.List;

/**
 * Placements stopped running because their trajectory completed, stopped or was exempted: their places go back.
 * Fired synchronously inside the transaction that ended them.
 */
public record PlacementsEnded(List<Place> places) {

    /** The offer or the buddy whose place a placement held. */
    public record Place(Long offerId, Long buddyId) {
    }
}
