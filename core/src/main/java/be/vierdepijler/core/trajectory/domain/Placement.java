package be.vierdepijler.core.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * A newcomer in an offer of the catalogue or in a duo with a buddy (plaatsing), of one trajectory type, with the
 * attributes that type's schema asks for (stored as the JSON the type validated). Part of the {@link Trajectory}
 * aggregate; changed only through it.
 */
@Entity
@Table(name = "placement")
@Audited
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trajectory_id", nullable = false, updatable = false)
    private Trajectory trajectory;

    @Column(name = "type_id", nullable = false, length = 60)
    private String typeId;

    @Column(name = "reporting_category", nullable = false, length = 60)
    private String reportingCategory;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "buddy_id")
    private Long buddyId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlacementStatus status;

    @Column(nullable = false, length = 8000)
    private String attributes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    protected Placement() {
    }

    Placement(Trajectory trajectory, PlacementDraft draft, Instant now, String by) {
        this.trajectory = trajectory;
        this.typeId = draft.typeId();
        this.reportingCategory = draft.reportingCategory();
        this.offerId = draft.offerId();
        this.buddyId = draft.buddyId();
        this.organisationId = draft.organisationId();
        this.title = draft.title().length() > 200 ? draft.title().substring(0, 200) : draft.title();
        this.startDate = Objects.requireNonNull(draft.startDate());
        this.endDate = draft.endDate();
        this.attributes = draft.attributesJson();
        this.status = PlacementStatus.ACTIVE;
        this.createdAt = now;
        this.createdBy = by;
    }

    /** The placement stops running on {@code day}; hours until then still count. */
    void end(LocalDate day) {
        status = PlacementStatus.ENDED;
        if (endDate == null || day.isBefore(endDate)) {
            endDate = day.isBefore(startDate) ? startDate : day;
        }
    }

    /** The type's attributes may hold personal notes: an erased newcomer's placements keep none. */
    void eraseAttributes() {
        attributes = "{}";
    }

    void cancel() {
        status = PlacementStatus.CANCELLED;
    }

    public boolean isRunning() {
        return status == PlacementStatus.ACTIVE;
    }

    /** Whether hours on this day may be counted for this placement. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    public Long id() {
        return id;
    }

    public String typeId() {
        return typeId;
    }

    public String reportingCategory() {
        return reportingCategory;
    }

    public Long offerId() {
        return offerId;
    }

    public Long buddyId() {
        return buddyId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String title() {
        return title;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public PlacementStatus status() {
        return status;
    }

    public String attributesJson() {
        return attributes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
