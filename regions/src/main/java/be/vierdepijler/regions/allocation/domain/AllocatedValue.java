package be.vierdepijler.regions.allocation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One network's value of one criterion in a saved allocation, and its fraction of the criterion's total. */
@Embeddable
public class AllocatedValue {

    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @Column(nullable = false, length = 60)
    private String criterion;

    @Column(name = "figure_value", nullable = false)
    private long value;

    @Column(precision = 20, scale = 12)
    private BigDecimal fraction;

    protected AllocatedValue() {
        // for JPA
    }

    AllocatedValue(String networkId, Calculation.CriterionValue value) {
        this.networkId = networkId;
        this.criterion = value.criterion().code();
        this.value = value.value();
        this.fraction = value.fraction() == null ? null : value.fraction().toDecimal(Allocation.SHARE_SCALE);
    }

    public String networkId() {
        return networkId;
    }

    public String criterion() {
        return criterion;
    }

    public long value() {
        return value;
    }

    /** Null when the criterion's total was 0 (a criterion of weight 0). */
    public BigDecimal fraction() {
        return fraction;
    }
}
