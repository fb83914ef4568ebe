package be.vierdepijler.regions.network.domain;

/**
 * A network with its membership figures.
 *
 * @param network            the network
 * @param municipalityCount  how many municipalities lie in it
 * @param participatingCount how many of them take part on the day asked for
 */
public record NetworkSummary(RegionalNetwork network, long municipalityCount, long participatingCount) {
}
