package be.vierdepijler.regions.funding.domain;

import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.SearchText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A funding call (oproep) or budget article under which projects are funded. Invariant: every field of its
 * {@link FundingCallDetails} is in order (the funders' shares add up to 100 %). The reference is its natural key.
 * Changes are audited (Envers), funders included.
 */
@Entity
@Table(name = "funding_call")
@Audited
public class FundingCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "search_text", nullable = false, length = 410)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CallKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_call_funder", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<FunderShare> funders = new ArrayList<>();

    @Column(name = "total_budget", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalBudget;

    @Column(name = "max_per_project", precision = 14, scale = 2)
    private BigDecimal maxPerProject;

    @Column(name = "min_own_financing_pct", precision = 5, scale = 2)
    private BigDecimal minOwnFinancingPercent;

    @Column(name = "eligible_applicants", length = 2000)
    private String eligibleApplicants;

    @Column(name = "start_from")
    private LocalDate startFrom;

    @Column(name = "start_until")
    private LocalDate startUntil;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Column(length = 4000)
    private String description;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FundingCall() {
        // for JPA
    }

    public FundingCall(FundingCallDetails details, Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        apply(details);
    }

    /** @throws InvalidInputException with every field that is not in order; nothing changes then */
    public final void apply(FundingCallDetails details) {
        var violations = details.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.reference = details.reference().strip();
        this.name = details.name().strip();
        this.searchText = SearchText.fold(this.reference + " " + this.name);
        this.kind = details.kind();
        List<FunderShare> shares = details.funders().stream()
                .map(f -> new FunderShare(f.funder().strip(), f.sharePercent().setScale(2))).toList();
        if (!shares.equals(this.funders)) {
            this.funders = new ArrayList<>(shares);
        }
        this.totalBudget = Amounts.cents(details.totalBudget());
        this.maxPerProject = Amounts.cents(details.maxPerProject());
        this.minOwnFinancingPercent = details.minOwnFinancingPercent() == null ? null
                : details.minOwnFinancingPercent().setScale(2);
        this.eligibleApplicants = blankToNull(details.eligibleApplicants());
        this.startFrom = details.startFrom();
        this.startUntil = details.startUntil();
        this.durationMonths = details.durationMonths();
        this.description = blankToNull(details.description());
    }

    /** Whether applying these details would change nothing (an import row that is already there). */
    public boolean holds(FundingCallDetails d) {
        return d.violations().isEmpty() && reference.equals(d.reference().strip()) && name.equals(d.name().strip())
                && kind == d.kind()
                && funders.equals(d.funders().stream().map(f -> new FunderShare(f.funder().strip(),
                f.sharePercent())).toList())
                && Amounts.same(totalBudget, d.totalBudget()) && Amounts.same(maxPerProject, d.maxPerProject())
                && Amounts.same(minOwnFinancingPercent, d.minOwnFinancingPercent())
                && Objects.equals(eligibleApplicants, blankToNull(d.eligibleApplicants()))
                && Objects.equals(startFrom, d.startFrom()) && Objects.equals(startUntil, d.startUntil())
                && Objects.equals(durationMonths, d.durationMonths())
                && Objects.equals(description, blankToNull(d.description()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String name() {
        return name;
    }

    public CallKind kind() {
        return kind;
    }

    public List<FunderShare> funders() {
        return List.copyOf(funders);
    }

    public BigDecimal totalBudget() {
        return totalBudget;
    }

    public BigDecimal maxPerProject() {
        return maxPerProject;
    }

    public BigDecimal minOwnFinancingPercent() {
        return minOwnFinancingPercent;
    }

    public String eligibleApplicants() {
        return eligibleApplicants;
    }

    public LocalDate startFrom() {
        return startFrom;
    }

    public LocalDate startUntil() {
        return startUntil;
    }

    public Integer durationMonths() {
        return durationMonths;
    }

    public String description() {
        return description;
    }

    public long version() {
        return version;
    }
}
