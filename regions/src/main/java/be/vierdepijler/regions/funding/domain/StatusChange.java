package be.vierdepijler.regions.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** One step in a project's status history: from, to, the day it was decided, a note, who recorded it and when. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private ProjectStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private ProjectStatus to;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(ProjectStatus from, ProjectStatus to, LocalDate decidedOn, String note, String recordedBy,
                 Instant recordedAt) {
        this.from = from;
        this.to = to;
        this.decidedOn = decidedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Null for the first entry (the project came into being). */
    public ProjectStatus from() {
        return from;
    }

    public ProjectStatus to() {
        return to;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
