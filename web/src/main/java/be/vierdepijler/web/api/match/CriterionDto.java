package be.vierdepijler.web.api.match;

import be.vierdepijler.core.matching.domain.CriterionScore;
import java.util.Locale;

/**
 * What one criterion gave.
 *
 * @param code        {@code nearness}, {@code dutch-level}, {@code languages}, {@code interests},
 *                    {@code availability}, {@code capacity} or {@code trajectory-type}
 * @param label       the criterion's name
 * @param points      the points it gave (a type's own may be negative)
 * @param maxPoints   the most it could give
 * @param explanation why
 */
public record CriterionDto(String code, String label, int points, int maxPoints, String explanation) {

    static CriterionDto of(CriterionScore c, Locale locale) {
        return new CriterionDto(c.code(), c.label().in(locale), c.points(), c.maxPoints(), c.explanation().in(locale));
    }
}
