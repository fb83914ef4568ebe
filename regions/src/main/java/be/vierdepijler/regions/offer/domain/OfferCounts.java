package be.vierdepijler.regions.offer.domain;

/**
 * How many offers take newcomers today in one scope, and how many places they have. Counted in the database.
 *
 * @param published      published offers whose active period includes the day (they take newcomers now)
 * @param places         the capacity of those offers
 * @param freePlaces     their places not taken
 * @param withFreePlaces how many of them have a free place
 */
public record OfferCounts(long published, long places, long freePlaces, long withFreePlaces) {
}
