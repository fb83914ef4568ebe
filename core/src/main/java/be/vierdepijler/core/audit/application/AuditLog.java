package be.vierdepijler.core.audit.application;

import be.vierdepijler.core.audit.domain.AuditRevision;
import be.vierdepijler.core.audit.domain.PersonalDataRead;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.user.domain.Caller;
import be.vierdepijler.core.user.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
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
 * by Envers. Only administrators may query either.
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

    /** Changes of user accounts, newest first; of one account when {@code subjectId} is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> userChanges(Caller caller, Long subjectId, PageRequest page) {
        requireAdministrator(caller);
        AuditReader reader = AuditReaderFactory.get(em);
        AuditQuery select = reader.createQuery().forRevisionsOfEntity(UserAccount.class, false, true);
        AuditQuery count = reader.createQuery().forRevisionsOfEntity(UserAccount.class, false, true)
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
        return Page.of(rows.stream().map(AuditLog::toEntry).toList(), page, total);
    }

    private static AuditEntry toEntry(Object[] row) {
        UserAccount account = (UserAccount) row[0];
        AuditRevision revision = (AuditRevision) row[1];
        RevisionType type = (RevisionType) row[2];
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", account.username());
        state.put("displayName", account.displayName());
        state.put("email", account.email());
        state.put("role", account.role() == null ? null : account.role().code());
        state.put("networkIds", account.networkIds().stream().sorted().toList());
        state.put("municipalityNis", account.municipalityNis());
        state.put("organisationId", account.organisationId());
        state.put("active", account.active());
        return new AuditEntry(revision.id(), Instant.ofEpochMilli(revision.changedAt()), revision.changedBy(), USER,
                String.valueOf(account.id()), type.name(), state);
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("Alleen beheerders raadplegen het auditlogboek.");
        }
    }
}
