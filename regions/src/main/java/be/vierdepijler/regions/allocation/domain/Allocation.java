package be.vierdepijler.regions.allocation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A regional allocation: an amount divided over the networks by weighted criteria, with its terms and the whole
 * calculation per network. Immutable once saved: it has no setters; a new calculation is a new allocation. An
 * allocation that is not saved (a preview) has no id.
 */
@Entity
@Table(name = "allocation")
public class Allocation {

    /** Decimals kept of shares, fractions and remainders. */
    public static final int SHARE_SCALE = 12;
    /** Decimals kept of the amounts before rounding. */
    public static final int AMOUNT_SCALE = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "call_reference", length = 200)
    private String callReference;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(precision = 15, scale = 2)
    private BigDecimal cap;

    @Column(name = "reference_date", nullable = false)
    private LocalDate referenceDate;

    @Column(nullable = false)
    private int rounds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "allocation_criterion", joinColumns = @JoinColumn(name = "allocation_id"))
    @OrderColumn(name = "position")
    private List<AllocatedCriterion> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "allocation_network", joinColumns = @JoinColumn(name = "allocation_id"))
    @OrderColumn(name = "position")
    private List<AllocatedNetwork> networks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "allocation_value", joinColumns = @JoinColumn(name = "allocation_id"))
    @OrderColumn(name = "position")
    private List<AllocatedValue> values = new ArrayList<>();

    protected Allocation() {
        // for JPA
    }

    /** The allocation of these terms as calculated; the terms must be the ones the calculation was made of. */
    public Allocation(AllocationTerms terms, Calculation calculation, Instant createdAt, String createdBy) {
        this.name = terms.name().strip();
        this.callReference = terms.callReference() == null || terms.callReference().isBlank() ? null
                : terms.callReference().strip();
        this.amount = calculation.amount().setScale(2);
        this.cap = calculation.cap() == null ? null : calculation.cap().setScale(2);
        this.referenceDate = Objects.requireNonNull(terms.referenceDate(), "referenceDate");
        this.rounds = calculation.rounds();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        calculation.criteria().forEach(c -> criteria.add(new AllocatedCriterion(c)));
        for (Calculation.NetworkLine line : calculation.networks()) {
            networks.add(new AllocatedNetwork(line));
            line.values().forEach(v -> values.add(new AllocatedValue(line.networkId(), v)));
        }
    }

    public Long id() {
        return id;
    }

    public boolean saved() {
        return id != null;
    }

    public String name() {
        return name;
    }

    public String callReference() {
        return callReference;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal cap() {
        return cap;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** How many rounds the cap needed. */
    public int rounds() {
        return rounds;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<AllocatedCriterion> criteria() {
        return List.copyOf(criteria);
    }

    public List<AllocatedNetwork> networks() {
        return List.copyOf(networks);
    }

    /** One network's values, in the order of {@link #criteria()}. */
    public List<AllocatedValue> values(String networkId) {
        return values.stream().filter(v -> v.networkId().equals(networkId)).toList();
    }

    /** The sum of the final amounts: always the amount. */
    public BigDecimal finalTotal() {
        return networks.stream().map(AllocatedNetwork::finalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
