package be.vierdepijler.core.audit.application;

import be.vierdepijler.core.audit.domain.AuditRevision;
import be.vierdepijler.core.audit.domain.PersonalDataRead;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.user.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * The audit trail: reads of one person's record are written here by the services that serve them; changes are kept
 * by Envers, for every kind of record an {@link AuditedKind} describes. Only administrators may query either; the
 * export of one person's data reads that person's part ({@link #historyOf}, {@link #readsOf}).
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    public static final String USER = "user";
    public static final Set<String> SORTABLE = Set.of("at");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<AuditedKind<?>> kinds;

    /** Logs that {@code caller} opened the record {@code subjectId} of kind {@code subjectKind}. */
    public void recordRead(Caller caller, String subjectKind, String subjectId) {
        em.persist(new PersonalDataRead(clock.instant(), caller.username(), subjectKind, subjectId));
    }

    /** Reads of personal data, newest first; narrowed to one record or one reader when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonalDataRead> reads(Caller caller, String subjectKind, String subjectId, String readBy,
                                        PageRequest page) {
        requireAdministrator(caller);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (subjectKind != null) {
            where.append(" and r.subjectKind = :kind");
            params.put("kind", subjectKind);
        }
        if (subjectId != null) {
            where.append(" and r.subjectId = :id");
            params.put("id", subjectId);
        }
        if (readBy != null) {
            where.append(" and r.readBy = :by");
            params.put("by", readBy);
        }
        String order = " order by r.readAt " + (page.descending() ? "asc" : "desc") + ", r.id desc";
        TypedQuery<PersonalDataRead> select = em.createQuery("select r from PersonalDataRead r" + where + order,
                PersonalDataRead.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from PersonalDataRead r" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    /** The kinds of record whose changes are kept, e.g. {@code buddy}, {@code user}. */
    public List<String> kinds() {
        return kinds.stream().map(AuditedKind::kind).sorted().toList();
    }

    /** Changes of user accounts, newest first; of one account when {@code subjectId} is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> userChanges(Caller caller, Long subjectId, PageRequest page) {
        return changes(caller, USER, subjectId, page);
    }

    /**
     * Changes of one kind of record, newest first; of one record when {@code subjectId} is given.
     *
     * @throws InvalidInputException for a kind that is not audited
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> changes(Caller caller, String kind, Long subjectId, PageRequest page) {
        requireAdministrator(caller);
        return history(kind(kind), subjectId, page);
    }

    /** The changes of one record, newest first, for the record's own export (the caller's right was checked). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> historyOf(String kind, long subjectId, PageRequest page) {
        return history(kind(kind), subjectId, page);
    }

    /** Every read of one record, newest first, for the record's own export (the caller's right was checked). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonalDataRead> readsOf(String kind, String subjectId, int max) {
        return em.createQuery("select r from PersonalDataRead r where r.subjectKind = :kind and r.subjectId = :id"
                        + " order by r.readAt desc, r.id desc", PersonalDataRead.class)
                .setParameter("kind", kind).setParameter("id", subjectId).setMaxResults(max).getResultList();
    }

    private AuditedKind<?> kind(String code) {
        return kinds.stream().filter(k -> k.kind().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "unknown-kind", "Gekend: "
                        + String.join(", ", kinds()) + "."));
    }

    private <T> Page<AuditEntry> history(AuditedKind<T> kind, Long subjectId, PageRequest page) {
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

    private static void requireAdministrator(Caller caller) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("Alleen beheerders raadplegen het auditlogboek.");
        }
    }
}
