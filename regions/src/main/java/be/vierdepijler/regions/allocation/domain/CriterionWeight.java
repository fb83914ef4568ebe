package be.vierdepijler.regions.allocation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much one criterion counts in an allocation.
 *
 * @param criterion the criterion
 * @param weight    a non-negative weight; the weights of an allocation are normalised (divided by their sum), so
 *                  {@code 1, 1, 2} and {@code 25, 25, 50} divide the same way
 * @param year      the year of the figures summed; null for {@link Criterion#PARTICIPATING_MUNICIPALITIES}
 */
public record CriterionWeight(Criterion criterion, BigDecimal weight, Integer year) {

    public CriterionWeight {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(weight, "weight");
        if (!criterion.needsYear()) {
            year = null;
        }
    }
}
