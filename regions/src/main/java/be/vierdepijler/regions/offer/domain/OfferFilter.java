package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.spi.DutchLevel;
import java.time.LocalDate;

/**
 * What a list of offers is narrowed to; each part optional (null).
 *
 * @param level      the newcomer's Dutch level: offers that require at most this level
 * @param freePlaces true: offers with a free place; false: offers that are full
 * @param activeOn   offers whose active period contains this day
 * @param query      the analysed full-text query; null or empty for none
 * @param approved   true: offers approved for the public finder; false: offers not approved
 */
public record OfferFilter(String networkId, String municipalityNis, Long organisationId, String trajectoryTypeId,
                          String reportingCategory, DutchLevel level, Boolean freePlaces, OfferStatus status,
                          LocalDate activeOn, DutchText.Query query, Boolean approved) {

    public static OfferFilter none() {
        return new OfferFilter(null, null, null, null, null, null, null, null, null, null, null);
    }
}
