package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.core.spi.DutchLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An offer of the catalogue (aanbod): an activity of a partner organisation in one municipality that newcomers can
 * take part in as part of a trajectory type, under one of its reporting categories.
 *
 * <p>Lifecycle: created as a draft (or published at once), published, closed; every field can be changed under
 * optimistic locking. Invariants: every field of its {@link OfferDetails} is in order; {@code 0 <= placesTaken <=
 * capacity}. {@code placesTaken} is never written through the entity: only the atomic conditional updates of
 * {@code OfferPlaces} change it (the column is not updatable here), so that an edit can never overwrite a place taken
 * concurrently. {@code networkId} is the network of {@code municipalityNis}, copied onto the row so that the network
 * filter and scope need no join; it is set with the municipality. Changes are audited (Envers): the contact person is
 * personal data.
 *
 * <p>The approval for the public finder ({@link OfferApproval}) holds only for what was checked: a change of the title,
 * description, trajectory type, category or municipality lets it lapse, and the offer leaves the finder until it is
 * approved again.
 *
 * <p>Longer than 300 lines because the entity carries its many columns with their accessors, and the approval's
 * lapse belongs beside {@link #apply} where the fields change.
 */
@Entity
@Table(name = "offer")
@Audited
@EntityListeners(OfferCandidateListener.class)
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "trajectory_type_id", nullable = false, length = 40)
    private String trajectoryTypeId;

    @Column(name = "reporting_category", nullable = false, length = 60)
    private String reportingCategory;

    @Column(nullable = false, length = 200)
    private String title;

    @NotAudited
    @Column(name = "title_search", nullable = false, length = 200)
    private String titleSearch;

    @Column(length = 4000)
    private String description;

    @Column(name = "municipality_nis", nullable = false, length = 5)
    private String municipalityNis;

    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @Column(length = 300)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_level", nullable = false, length = 2)
    private DutchLevel requiredLevel;

    @Column(nullable = false)
    private int capacity;

    @NotAudited
    @Column(name = "places_taken", nullable = false, updatable = false)
    private int placesTaken;

    @Column(length = 500)
    private String schedule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "offer_language", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderColumn(name = "position")
    @Column(name = "language", nullable = false, length = 2)
    @BatchSize(size = 200)
    private List<String> languages = new ArrayList<>();

    @Column(name = "active_from")
    private LocalDate activeFrom;

    @Column(name = "active_until")
    private LocalDate activeUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferStatus status;

    @Embedded
    private OfferContact contact;

    @Column(length = 27)
    private String weekdays;

    @Embedded
    private OfferSummaries summaries;

    @Embedded
    private OfferApproval approval;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    /** The network as last read from the database (null while new): a move changes the matching of both. */
    @Transient
    private String networkIdAsRead;

    protected Offer() {
        // for JPA
    }

    /**
     * @param networkId the network of {@code details.municipalityNis()}
     * @throws InvalidInputException with every field that is not in order
     */
    public Offer(OfferDetails details, String networkId, Instant now) {
        this.createdAt = Objects.requireNonNull(now, "now");
        apply(details, networkId, now);
    }

    /**
     * Changes every field; nothing changes when one is not in order.
     *
     * @param networkId the network of {@code details.municipalityNis()}
     * @throws InvalidInputException with every field that is not in order, including a capacity below the places
     *                               already taken
     */
    public final void apply(OfferDetails details, String networkId, Instant now) {
        List<FieldViolation> violations = new ArrayList<>(details.violations());
        if (details.capacity() != null && details.capacity() < placesTaken) {
            violations.add(new FieldViolation("capacity", "below-places-taken", "Er zijn al " + placesTaken
                    + " plaatsen ingenomen; de capaciteit kan niet lager dan dat."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        boolean checkedFieldsChange = approval() != null && !checkedFieldsSame(details);
        this.organisationId = details.organisationId();
        this.trajectoryTypeId = details.trajectoryTypeId().strip();
        this.reportingCategory = details.reportingCategory().strip();
        this.title = details.title().strip();
        this.titleSearch = SearchText.fold(this.title);
        this.description = blankToNull(details.description());
        this.municipalityNis = details.municipalityNis().strip();
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        this.address = blankToNull(details.address());
        this.requiredLevel = details.requiredLevel();
        this.capacity = details.capacity();
        this.schedule = blankToNull(details.schedule());
        this.languages = new ArrayList<>(details.languageCodes());
        this.activeFrom = details.activeFrom();
        this.activeUntil = details.activeUntil();
        this.status = details.status();
        OfferContact c = details.contact();
        this.contact = c == null || c.isEmpty() ? null
                : new OfferContact(c.name().strip(), blankToNull(c.email()), blankToNull(c.phone()));
        if (details.weekdays() != null) {
            this.weekdays = Weekdays.join(details.weekdays());
        }
        if (details.summaries() != null) {
            OfferSummaries s = OfferSummaries.of(details.summaries());
            this.summaries = s.isEmpty() ? null : s;
        }
        if (checkedFieldsChange) {
            this.approval = null;
        }
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether the details keep every field the approval checked (title, description, type, category, place). */
    private boolean checkedFieldsSame(OfferDetails d) {
        return Objects.equals(title, d.title().strip()) && Objects.equals(description, blankToNull(d.description()))
                && Objects.equals(trajectoryTypeId, d.trajectoryTypeId().strip())
                && Objects.equals(reportingCategory, d.reportingCategory().strip())
                && Objects.equals(municipalityNis, d.municipalityNis().strip());
    }

    /**
     * Approves the offer for the public finder with this checklist, or refuses when a criterion does not hold.
     *
     * @throws InvalidInputException naming every criterion that does not hold; nothing changes then
     */
    public void approve(ApprovalChecklist checklist, String approvedBy, Instant now) {
        List<FieldViolation> violations = checklist.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.approval = new OfferApproval(checklist, approvedBy, now);
    }

    /** Withdraws the approval: the offer leaves the public finder. */
    public void withdrawApproval() {
        this.approval = null;
    }

    /** The approval for the public finder, or null when it is not approved (or the approval lapsed). */
    public OfferApproval approval() {
        return approval == null || approval.isEmpty() ? null : approval;
    }

    /** The days it takes place on, in week order; empty when not given. */
    public List<String> weekdays() {
        return Weekdays.split(weekdays);
    }

    /** The short descriptions per language, only the languages that have one. */
    public Map<String, String> summaries() {
        return summaries == null ? Map.of() : summaries.asMap();
    }

    /** Whether it takes newcomers on this day: published, and the day lies within its active period. */
    public boolean isOpenOn(LocalDate day) {
        return status == OfferStatus.PUBLISHED && (activeFrom == null || !day.isBefore(activeFrom))
                && (activeUntil == null || !day.isAfter(activeUntil));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public String trajectoryTypeId() {
        return trajectoryTypeId;
    }

    public String reportingCategory() {
        return reportingCategory;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String municipalityNis() {
        return municipalityNis;
    }

    public String networkId() {
        return networkId;
    }

    /** The network the offer belonged to when read from the database; null for an offer not yet stored. */
    public String networkIdAsRead() {
        return networkIdAsRead;
    }

    @PostLoad
    void read() {
        networkIdAsRead = networkId;
    }

    public String address() {
        return address;
    }

    public DutchLevel requiredLevel() {
        return requiredLevel;
    }

    public int capacity() {
        return capacity;
    }

    public int placesTaken() {
        return placesTaken;
    }

    public int freePlaces() {
        return Math.max(0, capacity - placesTaken);
    }

    public String schedule() {
        return schedule;
    }

    public List<String> languages() {
        return List.copyOf(languages);
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }

    public LocalDate activeUntil() {
        return activeUntil;
    }

    public OfferStatus status() {
        return status;
    }

    /** The contact person, or null when the offer names none. */
    public OfferContact contact() {
        return contact == null || contact.isEmpty() ? null : contact;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
