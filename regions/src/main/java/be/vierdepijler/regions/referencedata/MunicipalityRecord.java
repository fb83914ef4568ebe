package be.vierdepijler.regions.referencedata;

import be.vierdepijler.regions.municipality.domain.Province;
import be.vierdepijler.regions.municipality.domain.Region;

/** One line of the reference CSV, read and with its network assigned. */
public record MunicipalityRecord(String nisCode, String name, Region region, Province province,
                                 String referenceRegionCode, String referenceRegionName, String networkId) {
}
