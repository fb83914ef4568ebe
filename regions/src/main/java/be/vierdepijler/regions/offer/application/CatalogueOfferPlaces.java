package be.vierdepijler.regions.offer.application;

import be.vierdepijler.core.port.OfferPlaces;
import be.vierdepijler.core.port.PlaceableOffer;
import be.vierdepijler.regions.offer.domain.OfferRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The catalogue's side of a placement: an offer's free places, taken and given back. Every method joins the caller's
 * transaction. A place is taken by one conditional {@code UPDATE} ({@code places_taken < capacity}), never by reading
 * and then writing, so that of two concurrent placements for the last place exactly one gets it; a rolled-back
 * placement gives its place back with its transaction. A check constraint on the table ({@code places_taken <=
 * capacity}) backs this up, and a change of the capacity locks the row first (see {@code OfferCatalogue#change}).
 */
@ApplicationScoped
@Transactional
public class CatalogueOfferPlaces implements OfferPlaces {

    @Inject
    OfferRepository offers;

    @Inject
    Clock clock;

    @Override
    public Optional<PlaceableOffer> offer(long offerId) {
        return offers.placeable(offerId, LocalDate.now(clock));
    }

    @Override
    public boolean takePlace(long offerId) {
        return offers.takePlace(offerId);
    }

    @Override
    public void releasePlace(long offerId) {
        offers.releasePlace(offerId);
    }
}
