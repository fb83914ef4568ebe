package be.vierdepijler.core.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Somebody opened one person's record: who, when, which record. Never changed once written. */
@Entity
@Table(name = "personal_data_read")
public class PersonalDataRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    @Column(name = "read_by", nullable = false, length = 80)
    private String readBy;

    @Column(name = "subject_kind", nullable = false, length = 40)
    private String subjectKind;

    @Column(name = "subject_id", nullable = false, length = 80)
    private String subjectId;

    protected PersonalDataRead() {
        // for JPA
    }

    public PersonalDataRead(Instant readAt, String readBy, String subjectKind, String subjectId) {
        this.readAt = Objects.requireNonNull(readAt);
        this.readBy = Objects.requireNonNull(readBy);
        this.subjectKind = Objects.requireNonNull(subjectKind);
        this.subjectId = Objects.requireNonNull(subjectId);
    }

    public Long id() {
        return id;
    }

    public Instant readAt() {
        return readAt;
    }

    public String readBy() {
        return readBy;
    }

    public String subjectKind() {
        return subjectKind;
    }

    public String subjectId() {
        return subjectId;
    }
}
