package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.spi.DutchLevel;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offers a newcomer may be suggested, pre-selected in the database (implemented by regions, which owns the
 * catalogue): published and running on the day, with a free place, asking at most the newcomer's level of Dutch, in
 * the newcomer's network or province.
 */
public interface OfferCandidates {

    /**
     * @param networkId      the newcomer's network
     * @param municipalities more municipalities whose offers count (those of the newcomer's province)
     * @param atMost         the highest level of Dutch an offer may ask
     * @param on             the day the offer must be open on
     */
    List<OfferOption> near(String networkId, Set<String> municipalities, DutchLevel atMost, LocalDate on);

    /** The names of these organisations, by id (for showing suggestions: read for the offers shown only). */
    Map<Long, String> organisationNames(Collection<Long> organisationIds);

    /**
     * An offer with what a coordinator needs to recognise it.
     *
     * @param candidate      what the scoring compares (its place filled in by the caller's {@link MatchingPlaces})
     * @param title          the offer's title
     * @param organisationId   the organisation that offers it
     */
    record OfferOption(OfferCandidate candidate, String title, long organisationId) {
    }
}
