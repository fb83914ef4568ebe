package be.vierdepijler.regions.offer.domain;

/** An offer with the names of its organisation, municipality and network, read in the same query. */
public record OfferListing(Offer offer, String organisationName, String municipalityName, String networkName) {
}
