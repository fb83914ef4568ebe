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
 */
public record OfferFilter(String networkId, String municipalityNis, Long organisationId, String trajectoryTypeId,
                          String reportingCategory, DutchLevel level, Boolean freePlaces, OfferStatus status,
                          LocalDate activeOn, DutchText.Query query) {

    public static OfferFilter none() {
        return new OfferFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
