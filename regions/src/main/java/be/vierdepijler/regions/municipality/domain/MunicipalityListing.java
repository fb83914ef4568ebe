package be.vierdepijler.regions.municipality.domain;

/**
 * A municipality as listed: with the name of its network, read in the same query.
 *
 * @param municipality the municipality
 * @param networkName  the name of the network it lies in
 */
public record MunicipalityListing(Municipality municipality, String networkName) {
}
