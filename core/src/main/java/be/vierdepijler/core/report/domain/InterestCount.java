package be.vierdepijler.core.report.domain;

/**
 * How many newcomers waiting in one municipality named one interest (a row of a {@code GROUP BY}); a newcomer with
 * several interests counts under each.
 *
 * @param interest a {@link be.vierdepijler.core.profile.domain.Interest} code
 */
public record InterestCount(String municipalityNis, String interest, long newcomers) {
}
