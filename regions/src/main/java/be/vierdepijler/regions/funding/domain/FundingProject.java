package be.vierdepijler.regions.funding.domain;

import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A project submitted to a funding call, with its award, commitments per budget year, status history and
 * extensions. Invariants: its {@link ProjectDetails} are in order; its status moves only as {@link ProjectLifecycle}
 * allows, and every move is a row of its history; an extension ends after the end it replaces. The call's rules
 * ({@link CallRules}) need the other projects of the call and are checked by the application service before each
 * change. Natural key: (call, name). Audited (Envers); the status history and extensions are append-only rows that
 * record who and when themselves, so they are not audited again.
 *
 * <p>Longer than 300 lines because it is the aggregate root of the award, its yearly commitments, its status history and
 * its extensions, whose invariants must be checked together in one place.
 */
@Entity
@Table(name = "funding_project")
@Audited
public class FundingProject {

    /** The note of a history entry made by an import that brought a project straight into a later status. */
    public static final String IMPORTED = "ingevoerd via import";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(name = "lead_organisation_id")
    private Long leadOrganisationId;

    @Column(name = "lead_name", length = 300)
    private String leadName;

    @Column(name = "involved_governments", length = 2000)
    private String involvedGovernments;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "funding_project_municipality", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "municipality_nis", nullable = false, length = 5)
    private Set<String> municipalityNis = new TreeSet<>();

    @Column(name = "network_id", length = 40)
    private String networkId;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "name_search", nullable = false, length = 300)
    private String nameSearch;

    @Column(length = 4000)
    private String description;

    @Column(name = "expected_result", length = 4000)
    private String expectedResult;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "funding_project_type", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "type_id", nullable = false, length = 40)
    private Set<String> trajectoryTypeIds = new TreeSet<>();

    @Column(name = "requested_amount", precision = 14, scale = 2)
    private BigDecimal requestedAmount;

    @Column(name = "own_financing", precision = 14, scale = 2)
    private BigDecimal ownFinancing;

    @Column(name = "awarded_amount", precision = 14, scale = 2)
    private BigDecimal awardedAmount;

    @Column(name = "award_to_be_determined", nullable = false)
    private boolean awardToBeDetermined;

    @Column(name = "award_maximum", precision = 14, scale = 2)
    private BigDecimal awardMaximum;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "funding_project_commitment", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Commitment> commitments = new ArrayList<>();

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProjectStatus status;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "funding_project_status_change", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<StatusChange> history = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "funding_project_extension", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Extension> extensions = new ArrayList<>();

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FundingProject() {
        // for JPA
    }

    /**
     * A new project in {@code status}: SUBMITTED normally; an import may bring it straight into a later status, and
     * the history's first entry says so ({@code note}).
     */
    public FundingProject(ProjectDetails details, ProjectStatus status, LocalDate decidedOn, String note,
                          String recordedBy, Instant at) {
        this.createdAt = Objects.requireNonNull(at, "at");
        this.status = Objects.requireNonNull(status, "status");
        apply(details);
        history.add(new StatusChange(null, status, decidedOn, blankToNull(note), recordedBy, at));
    }

    /** @throws InvalidInputException with every field that is not in order by itself; nothing changes then */
    public final void apply(ProjectDetails details) {
        var violations = details.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ProjectDetails d = details.normalized();
        this.callId = d.callId();
        this.leadOrganisationId = d.leadOrganisationId();
        this.leadName = d.leadName();
        this.involvedGovernments = d.involvedGovernments();
        if (!new TreeSet<>(d.municipalityNis()).equals(municipalityNis)) {
            this.municipalityNis = new TreeSet<>(d.municipalityNis());
        }
        this.networkId = d.networkId();
        this.name = d.name();
        this.nameSearch = SearchText.fold(d.name());
        this.description = d.description();
        this.expectedResult = d.expectedResult();
        if (!new TreeSet<>(d.trajectoryTypeIds()).equals(trajectoryTypeIds)) {
            this.trajectoryTypeIds = new TreeSet<>(d.trajectoryTypeIds());
        }
        this.requestedAmount = d.requestedAmount();
        this.ownFinancing = d.ownFinancing();
        this.awardedAmount = d.awardedAmount();
        this.awardToBeDetermined = d.awardToBeDetermined();
        this.awardMaximum = d.awardMaximum();
        if (!d.commitments().equals(sortedCommitments())) {
            this.commitments = new ArrayList<>(d.commitments());
        }
        this.startDate = d.startDate();
        this.endDate = d.endDate();
    }

    /** The details as they are stored, so that {@code details().equals(other.normalized())} means "nothing new". */
    public ProjectDetails details() {
        return new ProjectDetails(callId, leadOrganisationId, leadName, involvedGovernments,
                municipalityNis(), networkId, name, description, expectedResult,
                trajectoryTypeIds(), requestedAmount, ownFinancing, awardedAmount, awardToBeDetermined,
                awardMaximum, sortedCommitments(), startDate, endDate);
    }

    private List<Commitment> sortedCommitments() {
        return commitments.stream().sorted(Comparator.comparingInt(Commitment::budgetYear)).toList();
    }

    /**
     * Moves the project to {@code to}, as the lifecycle allows.
     *
     * @throws ConflictException {@code transition-not-allowed}; {@code use-extension} for EXTENDED, which only an
     *                           extension reaches (it needs its new end date)
     */
    public void changeStatus(ProjectStatus to, LocalDate decidedOn, String note, String recordedBy, Instant at) {
        if (to == ProjectStatus.EXTENDED && ProjectLifecycle.allows(status, to)) {
            throw new ConflictException("use-extension", "Een project verlengen doe je met een verlenging (nieuwe"
                    + " einddatum, extra bedrag en datum van de beslissing).");
        }
        ProjectLifecycle.check(status, to);
        history.add(new StatusChange(status, to, decidedOn, blankToNull(note), recordedBy, at));
        status = to;
    }

    /**
     * Brings an imported project into {@code to}, in one step however many the lifecycle would take, with the note
     * {@link #IMPORTED}.
     *
     * @throws ConflictException {@code transition-not-allowed} when {@code to} cannot follow the current status at all
     */
    public void importStatus(ProjectStatus to, LocalDate decidedOn, String recordedBy, Instant at) {
        if (to == status) {
            return;
        }
        if (!ProjectLifecycle.reachable(status, to)) {
            ProjectLifecycle.check(status, to);
        }
        history.add(new StatusChange(status, to, decidedOn, IMPORTED, recordedBy, at));
        status = to;
    }

    /**
     * Extends the project: a new end date after the current one, an extra amount (0 allowed), the decision's date.
     *
     * @throws ConflictException    {@code transition-not-allowed} unless the project runs or was extended before
     * @throws InvalidInputException at {@code endDate} when the new end is not after the current end, at
     *                               {@code extraAmount} for a malformed amount
     */
    public void extend(LocalDate newEndDate, BigDecimal extraAmount, LocalDate decidedOn, String note,
                       String recordedBy, Instant at) {
        ProjectLifecycle.check(status, ProjectStatus.EXTENDED);
        List<FieldViolation> v = new ArrayList<>();
        if (newEndDate == null) {
            v.add(new FieldViolation("endDate", "required", "Geef de nieuwe einddatum."));
        } else if (endDate != null && !newEndDate.isAfter(endDate)) {
            v.add(new FieldViolation("endDate", "not-after-current-end", "Een verlenging eindigt na het huidige"
                    + " einde (" + endDate + ")."));
        }
        if (extraAmount == null) {
            v.add(new FieldViolation("extraAmount", "required", "Geef het extra bedrag (0 als er geen is)."));
        }
        Amounts.check(v, "extraAmount", extraAmount);
        if (decidedOn == null) {
            v.add(new FieldViolation("decisionDate", "required", "Geef de datum van de beslissing."));
        }
        FundingCallDetails.tooLong(v, "note", note, 2000);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        extensions.add(new Extension(newEndDate, endDate, Amounts.cents(extraAmount), decidedOn, blankToNull(note),
                recordedBy, at));
        history.add(new StatusChange(status, ProjectStatus.EXTENDED, decidedOn, blankToNull(note), recordedBy, at));
        status = ProjectStatus.EXTENDED;
        endDate = newEndDate;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public Long callId() {
        return callId;
    }

    public Long leadOrganisationId() {
        return leadOrganisationId;
    }

    public String leadName() {
        return leadName;
    }

    public String involvedGovernments() {
        return involvedGovernments;
    }

    /** Sorted (once loaded, Hibernate holds the set unordered). */
    public List<String> municipalityNis() {
        return municipalityNis.stream().sorted().toList();
    }

    public String networkId() {
        return networkId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String expectedResult() {
        return expectedResult;
    }

    /** Sorted (once loaded, Hibernate holds the set unordered). */
    public List<String> trajectoryTypeIds() {
        return trajectoryTypeIds.stream().sorted().toList();
    }

    public BigDecimal requestedAmount() {
        return requestedAmount;
    }

    public BigDecimal ownFinancing() {
        return ownFinancing;
    }

    public BigDecimal awardedAmount() {
        return awardedAmount;
    }

    public boolean awardToBeDetermined() {
        return awardToBeDetermined;
    }

    public BigDecimal awardMaximum() {
        return awardMaximum;
    }

    public List<Commitment> commitments() {
        return sortedCommitments();
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public ProjectStatus status() {
        return status;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public List<Extension> extensions() {
        return List.copyOf(extensions);
    }

    public long version() {
        return version;
    }
}
