package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.port.PlaceableOffer;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The offers; lists filtered, searched, counted and paged in the database. */
public interface OfferRepository {

    /** {@code newest} sorts the most recently created first ({@code -newest}: the oldest first). */
    Set<String> SORTABLE = Set.of("title", "municipality", "freePlaces", "newest");

    Page<OfferListing> find(OfferFilter filter, DraftScope drafts, PageRequest page);

    /** How many offers of the filtered, scoped list there are per type and category, network, level and status. */
    OfferFacets facets(OfferFilter filter, DraftScope drafts);

    Optional<OfferListing> listing(long id);

    /** The offer, its row locked until the transaction ends (so no place is taken while its capacity changes). */
    Optional<Offer> lockedById(long id);

    Offer add(Offer offer);

    /**
     * The offers of an organisation whose title, folded as {@link be.vierdepijler.core.shared.SearchText#fold}, is
     * exactly {@code titleSearch}, drafts included: an import's natural key.
     */
    List<Offer> titled(long organisationId, String titleSearch);

    /** Replaces the offer's search terms by these. */
    void replaceSearchTerms(long offerId, Set<String> terms);

    /** The ids of an organisation's offers after {@code afterId}, in id order, at most {@code limit}. */
    List<Long> idsOfOrganisation(long organisationId, long afterId, int limit);

    /** The offer as a placement sees it, read fresh from the database; {@code open} as of {@code today}. */
    Optional<PlaceableOffer> placeable(long id, LocalDate today);

    /** One atomic conditional update: takes a place only while one is free. @return whether it took one */
    boolean takePlace(long id);

    /** One atomic conditional update: gives a place back, never below zero. */
    void releasePlace(long id);
}
