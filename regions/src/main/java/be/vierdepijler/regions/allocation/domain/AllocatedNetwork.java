package be.vierdepijler.regions.allocation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One network's part of a saved allocation, every step of the calculation kept (see {@link Calculation.NetworkLine}).
 * The exact fractions are kept to {@value Allocation#SHARE_SCALE} decimals (shares) and
 * {@value Allocation#AMOUNT_SCALE} decimals (amounts before rounding); the final amounts are exact.
 */
@Embeddable
public class AllocatedNetwork {

    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @Column(name = "network_name", nullable = false, length = 100)
    private String networkName;

    @Column(nullable = false, precision = 20, scale = 12)
    private BigDecimal share;

    @Column(name = "raw_amount", nullable = false, precision = 21, scale = 6)
    private BigDecimal rawAmount;

    @Column(name = "capped_in_round", nullable = false)
    private int cappedInRound;

    @Column(nullable = false, precision = 21, scale = 6)
    private BigDecimal redistributed;

    @Column(name = "before_rounding", nullable = false, precision = 21, scale = 6)
    private BigDecimal beforeRounding;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal floored;

    @Column(name = "remainder_cents", nullable = false, precision = 20, scale = 12)
    private BigDecimal remainderCents;

    @Column(name = "rounding_rank", nullable = false)
    private int roundingRank;

    @Column(name = "cents_added", nullable = false)
    private int centsAdded;

    @Column(name = "final_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal finalAmount;

    protected AllocatedNetwork() {
        // for JPA
    }

    AllocatedNetwork(Calculation.NetworkLine line) {
        this.networkId = line.networkId();
        this.networkName = line.networkName();
        this.share = line.share().toDecimal(Allocation.SHARE_SCALE);
        this.rawAmount = line.raw().toDecimal(Allocation.AMOUNT_SCALE);
        this.cappedInRound = line.cappedInRound();
        this.redistributed = line.redistributed().toDecimal(Allocation.AMOUNT_SCALE);
        this.beforeRounding = line.beforeRounding().toDecimal(Allocation.AMOUNT_SCALE);
        this.floored = line.floored();
        this.remainderCents = line.remainder().toDecimal(Allocation.SHARE_SCALE);
        this.roundingRank = line.rank();
        this.centsAdded = line.centsAdded();
        this.finalAmount = line.finalAmount();
    }

    public String networkId() {
        return networkId;
    }

    public String networkName() {
        return networkName;
    }

    public BigDecimal share() {
        return share;
    }

    public BigDecimal rawAmount() {
        return rawAmount;
    }

    public boolean capped() {
        return cappedInRound > 0;
    }

    public int cappedInRound() {
        return cappedInRound;
    }

    public BigDecimal redistributed() {
        return redistributed;
    }

    public BigDecimal beforeRounding() {
        return beforeRounding;
    }

    public BigDecimal floored() {
        return floored;
    }

    public BigDecimal remainderCents() {
        return remainderCents;
    }

    public int roundingRank() {
        return roundingRank;
    }

    public int centsAdded() {
        return centsAdded;
    }

    public BigDecimal finalAmount() {
        return finalAmount;
    }
}
