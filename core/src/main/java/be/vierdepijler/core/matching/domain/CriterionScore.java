package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.spi.LocalizedText;

/**
 * What one criterion gave a candidate, and why.
 *
 * @param code        the criterion's code ({@code nearness}, …; {@code trajectory-type} for a type's own)
 * @param label       the criterion's name
 * @param points      the points it gave (a type's own may be negative)
 * @param maxPoints   the most it could have given
 * @param explanation why, for the coordinator
 */
public record CriterionScore(String code, LocalizedText label, int points, int maxPoints, LocalizedText explanation) {
}
