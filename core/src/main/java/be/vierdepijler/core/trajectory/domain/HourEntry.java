package be.vierdepijler.core.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * Hours a newcomer spent on one day in one placement (uren), reported by a counsellor and then confirmed or rejected
 * by the offer's contact person (through a confirmation link) or a counsellor: who decided is always recorded. Only
 * confirmed hours count. Part of the {@link Trajectory} aggregate.
 */
@Entity
@Table(name = "hour_entry")
@Audited
@EntityListeners(HourEntryFigureListener.class)
public class HourEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trajectory_id", nullable = false, updatable = false)
    private Trajectory trajectory;

    @Column(name = "placement_id", nullable = false, updatable = false)
    private Long placementId;

    @Column(name = "work_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal hours;

    @Column(length = 500)
    private String note;

    @Column(name = "reporting_category", nullable = false, length = 60)
    private String reportingCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HourStatus status;

    @Column(name = "reported_by", nullable = false, length = 80)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_as", length = 20)
    private Confirmer decidedAs;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "recorded_afterwards", nullable = false)
    private boolean recordedAfterwards;

    protected HourEntry() {
    }

    HourEntry(Trajectory trajectory, Placement placement, LocalDate date, BigDecimal hours, String note,
              boolean recordedAfterwards, Instant now, String by) {
        this.trajectory = trajectory;
        this.placementId = placement.id();
        this.reportingCategory = placement.reportingCategory();
        this.date = date;
        this.hours = hours;
        this.note = note;
        this.status = HourStatus.PENDING;
        this.reportedAt = now;
        this.reportedBy = by;
        this.recordedAfterwards = recordedAfterwards;
    }

    /** Whether the entry was confirmed when it was read or last written (not a column; see the listener). */
    @Transient
    private boolean confirmedAsRead;

    @PostLoad
    void figuresWritten() {
        confirmedAsRead = status == HourStatus.CONFIRMED;
    }

    boolean confirmedAsRead() {
        return confirmedAsRead;
    }

    Trajectory trajectory() {
        return trajectory;
    }

    void decide(boolean confirm, String reason, String by, Confirmer as, Instant at) {
        this.status = confirm ? HourStatus.CONFIRMED : HourStatus.REJECTED;
        this.rejectionReason = confirm ? null : reason;
        this.decidedBy = by;
        this.decidedAs = as;
        this.decidedAt = at;
    }

    /** The trajectory closed while the entry was pending: nobody decides it any more. */
    void lapse(String why, Instant at) {
        this.status = HourStatus.LAPSED;
        this.decidedBy = why;
        this.decidedAs = null;
        this.decidedAt = at;
    }

    /** An erased newcomer's hours keep their day, hours, category and decision, not what was written about them. */
    void eraseFreeText() {
        note = null;
        rejectionReason = null;
    }

    /** Whether the entry still counts on its day (pending, confirmed or lapsed: everything not rejected). */
    public boolean counts() {
        return status != HourStatus.REJECTED;
    }

    public Long id() {
        return id;
    }

    public Long placementId() {
        return placementId;
    }

    public LocalDate date() {
        return date;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String note() {
        return note;
    }

    public String reportingCategory() {
        return reportingCategory;
    }

    public HourStatus status() {
        return status;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Confirmer decidedAs() {
        return decidedAs;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    /** Dated before its trajectory was opened: recorded afterwards, within the back-dating window. */
    public boolean recordedAfterwards() {
        return recordedAfterwards;
    }
}
