package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The offers of the public finder: published, open on the day, approved for the finder, of an active organisation
 * that agreed to be listed publicly. Filtered, ordered (the {@code near} municipality first, then by title) and paged
 * in the database.
 */
public interface PublicOffers {

    Page<OfferListing> find(PublicOfferFilter filter, PageRequest page);

    /** The offer when it is public on {@code today}; empty otherwise. */
    Optional<OfferListing> find(long id, LocalDate today);
}
