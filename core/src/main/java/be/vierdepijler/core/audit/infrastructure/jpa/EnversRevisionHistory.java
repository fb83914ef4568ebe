package be.vierdepijler.core.audit.infrastructure.jpa;

import be.vierdepijler.core.audit.application.AuditEntry;
import be.vierdepijler.core.audit.application.AuditedKind;
import be.vierdepijler.core.audit.application.RevisionHistory;
import be.vierdepijler.core.audit.domain.AuditRevision;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/** The revisions of an audited kind, read with Envers' audit queries (one for the page, one for the count). */
@ApplicationScoped
public class EnversRevisionHistory implements RevisionHistory {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public <T> Page<AuditEntry> of(AuditedKind<T> kind, Long subjectId, PageRequest page) {
        AuditReader reader = AuditReaderFactory.get(em);
        AuditQuery select = reader.createQuery().forRevisionsOfEntity(kind.entityType(), false, true);
        AuditQuery count = reader.createQuery().forRevisionsOfEntity(kind.entityType(), false, true)
                .addProjection(AuditEntity.revisionNumber().count());
        if (subjectId != null) {
            select.add(AuditEntity.id().eq(subjectId));
            count.add(AuditEntity.id().eq(subjectId));
        }
        select.addOrder(page.descending() ? AuditEntity.revisionNumber().asc() : AuditEntity.revisionNumber().desc())
                .setFirstResult(page.offset()).setMaxResults(page.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return Page.of(rows.stream().map(row -> {
            T entity = kind.entityType().cast(row[0]);
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            return new AuditEntry(revision.id(), Instant.ofEpochMilli(revision.changedAt()), revision.changedBy(),
                    kind.kind(), kind.idOf(entity), type.name(), kind.stateOf(entity));
        }).toList(), page, total);
    }
}
