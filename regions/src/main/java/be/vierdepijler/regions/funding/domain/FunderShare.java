package be.vierdepijler.regions.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** One funder of a call and the share of the call it pays, in % (e.g. AMIF 50). */
@Embeddable
public class FunderShare {

    @Column(name = "funder", nullable = false, length = 100)
    private String funder;

    @Column(name = "share_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal sharePercent;

    protected FunderShare() {
        // for JPA
    }

    public FunderShare(String funder, BigDecimal sharePercent) {
        this.funder = funder;
        this.sharePercent = sharePercent;
    }

    public String funder() {
        return funder;
    }

    public BigDecimal sharePercent() {
        return sharePercent;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunderShare f && Objects.equals(funder, f.funder)
                && Amounts.same(sharePercent, f.sharePercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(funder);
    }
}
