package be.vierdepijler.core.port;

import java.util.Optional;

/**
 * What a placement needs of the buddies: whether a buddy can take one more duo, and taking it. Implemented by core's
 * buddy aggregate. Every method joins the caller's transaction.
 */
public interface BuddyPlaces {

    /** The buddy as a placement sees them, or empty for an unknown id. */
    Optional<PlaceableBuddy> buddy(long buddyId);

    /**
     * Takes one duo of the buddy's capacity, atomically: of two concurrent calls for the last duo, exactly one gets it.
     *
     * @return false when the buddy has no duo left, is not available (not screened, not trained, inactive) or does
     *         not exist
     */
    boolean takeDuo(long buddyId);

    /** Gives one duo back (a duo ended or was cancelled); never below zero. */
    void releaseDuo(long buddyId);
}
