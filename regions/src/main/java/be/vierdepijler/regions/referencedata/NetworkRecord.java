package be.vierdepijler.regions.referencedata;

import be.vierdepijler.regions.network.domain.NetworkKind;

/** One of the 18 networks as derived from the reference CSV. */
public record NetworkRecord(String id, String name, NetworkKind kind, String referenceRegionCode,
                            String referenceRegionName) {
}
