package be.vierdepijler.web.api.network;

import be.vierdepijler.regions.network.domain.NetworkSummary;
import be.vierdepijler.regions.network.domain.RegionalNetwork;

/**
 * A regional network as the API shows it.
 *
 * @param id                    stable kebab-case id, e.g. {@code westhoek}
 * @param name                  the network's name
 * @param kind                  {@code REFERENCE_REGION} or {@code CITY}
 * @param referenceRegionCode   the reference region it lies in ({@code REFREG07}); null for Brussel (VGC)
 * @param referenceRegionName   that region's name
 * @param municipalityCount     municipalities that lie in it
 * @param participatingCount    of those, how many take part today
 */
public record NetworkDto(String id, String name, String kind, String referenceRegionCode, String referenceRegionName,
                         long municipalityCount, long participatingCount) {

    static NetworkDto of(NetworkSummary summary) {
        RegionalNetwork n = summary.network();
        return new NetworkDto(n.id(), n.name(), n.kind().name(), n.referenceRegionCode(), n.referenceRegionName(),
                summary.municipalityCount(), summary.participatingCount());
    }
}
