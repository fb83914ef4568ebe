package be.vierdepijler.core.port;

import java.util.Optional;

/**
 * What a placement needs of the offer catalogue. Implemented by the regions module (core depends on no other module).
 * Every method joins the caller's transaction.
 */
public interface OfferPlaces {

    /** The offer as a placement sees it, or empty for an unknown id. */
    Optional<PlaceableOffer> offer(long offerId);

    /**
     * Takes one free place of the offer, atomically: of two concurrent calls for the last place, exactly one gets it.
     * The place is given back when the caller's transaction rolls back.
     *
     * @return false when the offer has no free place left (or does not exist)
     */
    boolean takePlace(long offerId);

    /** Gives one place back (a placement ended early or was cancelled); never below zero. */
    void releasePlace(long offerId);
}
