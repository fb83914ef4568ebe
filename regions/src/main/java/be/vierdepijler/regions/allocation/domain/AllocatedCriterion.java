package be.vierdepijler.regions.allocation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One criterion of a saved allocation: its weight as given and normalised, the year and the total. */
@Embeddable
public class AllocatedCriterion {

    @Column(nullable = false, length = 60)
    private String criterion;

    @Column(nullable = false, precision = 20, scale = 6)
    private BigDecimal weight;

    @Column(name = "normalised_weight", nullable = false, precision = 20, scale = 12)
    private BigDecimal normalisedWeight;

    @Column(name = "figure_year")
    private Integer year;

    @Column(nullable = false)
    private long total;

    protected AllocatedCriterion() {
        // for JPA
    }

    AllocatedCriterion(Calculation.CriterionTotal total) {
        this.criterion = total.weight().criterion().code();
        this.weight = total.weight().weight();
        this.normalisedWeight = total.normalised().toDecimal(Allocation.SHARE_SCALE);
        this.year = total.weight().year();
        this.total = total.total();
    }

    /** The criterion's code; {@link Criterion#byCode} finds it unless a figure kind was removed since. */
    public String criterion() {
        return criterion;
    }

    public String label() {
        return Criterion.byCode(criterion).map(Criterion::label).orElse(criterion);
    }

    public BigDecimal weight() {
        return weight;
    }

    public BigDecimal normalisedWeight() {
        return normalisedWeight;
    }

    public Integer year() {
        return year;
    }

    public long total() {
        return total;
    }
}
