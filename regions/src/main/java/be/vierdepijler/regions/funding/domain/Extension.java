package be.vierdepijler.regions.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One extension of a project: its new end date, the end it replaced, the extra amount and the decision's date. */
@Embeddable
public class Extension {

    @Column(name = "new_end_date", nullable = false)
    private LocalDate newEndDate;

    @Column(name = "previous_end_date")
    private LocalDate previousEndDate;

    @Column(name = "extra_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal extraAmount;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Extension() {
        // for JPA
    }

    Extension(LocalDate newEndDate, LocalDate previousEndDate, BigDecimal extraAmount, LocalDate decidedOn,
              String note, String recordedBy, Instant recordedAt) {
        this.newEndDate = newEndDate;
        this.previousEndDate = previousEndDate;
        this.extraAmount = extraAmount;
        this.decidedOn = decidedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate newEndDate() {
        return newEndDate;
    }

    public LocalDate previousEndDate() {
        return previousEndDate;
    }

    public BigDecimal extraAmount() {
        return extraAmount;
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
