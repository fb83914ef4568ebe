package be.vierdepijler.regions.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** The amount committed (vastgelegd) for a project on one budget year. */
@Embeddable
public class Commitment {

    @Column(name = "budget_year", nullable = false)
    private int budgetYear;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected Commitment() {
        // for JPA
    }

    public Commitment(int budgetYear, BigDecimal amount) {
        this.budgetYear = budgetYear;
        this.amount = amount;
    }

    public int budgetYear() {
        return budgetYear;
    }

    public BigDecimal amount() {
        return amount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Commitment c && budgetYear == c.budgetYear && Amounts.same(amount, c.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(budgetYear);
    }
}
