package be.vierdepijler.core.report.domain;

import be.vierdepijler.core.spi.DutchLevel;

/**
 * How many newcomers wait in one municipality with one level of Dutch (a row of a {@code GROUP BY}).
 *
 * @param dutchLevel the newcomers' level of Dutch; null for those whose level nobody assessed yet
 */
public record WaitingCount(String municipalityNis, DutchLevel dutchLevel, long newcomers) {
}
