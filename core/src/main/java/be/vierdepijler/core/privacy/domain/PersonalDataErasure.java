package be.vierdepijler.core.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's data was erased (pseudonymised): who did it and when. Kept for accountability (GDPR art. 5(2)); holds no
 * personal data of the person, only the kind and id of the record. Never changed once written.
 */
@Entity
@Table(name = "personal_data_erasure")
public class PersonalDataErasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_kind", nullable = false, length = 40)
    private String subjectKind;

    @Column(name = "subject_id", nullable = false, length = 80)
    private String subjectId;

    @Column(name = "erased_at", nullable = false)
    private Instant erasedAt;

    @Column(name = "erased_by", nullable = false, length = 80)
    private String erasedBy;

    protected PersonalDataErasure() {
        // for JPA
    }

    public PersonalDataErasure(String subjectKind, String subjectId, Instant erasedAt, String erasedBy) {
        this.subjectKind = Objects.requireNonNull(subjectKind, "subjectKind");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.erasedAt = Objects.requireNonNull(erasedAt, "erasedAt");
        this.erasedBy = Objects.requireNonNull(erasedBy, "erasedBy");
    }

    public String subjectKind() {
        return subjectKind;
    }

    public String subjectId() {
        return subjectId;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public String erasedBy() {
        return erasedBy;
    }
}
