package be.vierdepijler.core.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One change set of audited data: when, and by whom (the signed-in user, or {@code system}). */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "changed_by", nullable = false, length = 80)
    private String changedBy;

    public Long id() {
        return id;
    }

    public long changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    void changedBy(String username) {
        this.changedBy = username;
    }
}
