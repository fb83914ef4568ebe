package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.spi.DutchLevel;
import java.time.LocalDate;

/**
 * What the public finder narrows its list to; each part optional (null) but {@code today}.
 *
 * @param municipalityNis offers in this municipality
 * @param nearNis         offers in this municipality and its neighbours, this one first
 * @param weekday         offers that take place on this day ({@link Weekdays#CODES})
 * @param freeOnly        true: offers with a free place
 * @param level           the newcomer's Dutch level: offers that require at most this level
 * @param query           the analysed full-text query; null for none
 * @param today           the day the offers must be open on
 */
public record PublicOfferFilter(String municipalityNis, String nearNis, String trajectoryTypeId,
                                String reportingCategory, String weekday, boolean freeOnly, DutchLevel level,
                                DutchText.Query query, LocalDate today) {
}
