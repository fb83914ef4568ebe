package be.vierdepijler.core.mail.infrastructure.jpa;

import be.vierdepijler.core.mail.domain.ClaimedMail;
import be.vierdepijler.core.mail.domain.MailFilter;
import be.vierdepijler.core.mail.domain.MailOutbox;
import be.vierdepijler.core.mail.domain.MailState;
import be.vierdepijler.core.mail.domain.OutboxMail;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox in SQL. The claim and the three outcomes are conditional UPDATEs whose statements are constants, so that
 * {@code MailClaimSqlTest} races exactly these on the real schema: a claim wins only where the row is still due (the
 * database re-checks the condition after waiting for a concurrent claim's row lock), an outcome lands only where the
 * row is still {@code sending} with the claimer's attempt count. Times are bound as UTC wall-clock times.
 */
@ApplicationScoped
@Transactional
public class JpaMailOutbox implements MailOutbox {

    /** What may be claimed at a moment (parameters: now, now). */
    static final String DUE_CONDITION = "((status = 'queued' and next_attempt_at <= ?) or (status = 'sending' and"
            + " claimed_until < ?))";

    /** Due mails, oldest first (parameters: now, now). */
    static final String DUE = "select id from mail_outbox where " + DUE_CONDITION + " order by id";

    /** Parameters: claimed until, id, now, now. */
    static final String CLAIM = "update mail_outbox set status = 'sending', claimed_until = ?, attempts = attempts + 1,"
            + " version = version + 1 where id = ? and " + DUE_CONDITION;

    /** Parameters: sent at, id, attempts. */
    static final String MARK_SENT = "update mail_outbox set status = 'sent', sent_at = ?, body = null,"
            + " next_attempt_at = null, claimed_until = null, last_error = null, version = version + 1"
            + " where id = ? and status = 'sending' and attempts = ?";

    /** Parameters: next attempt at, error, id, attempts. */
    static final String MARK_RETRY = "update mail_outbox set status = 'queued', next_attempt_at = ?,"
            + " claimed_until = null, last_error = ?, version = version + 1"
            + " where id = ? and status = 'sending' and attempts = ?";

    /** Parameters: error, id, attempts. */
    static final String MARK_FAILED = "update mail_outbox set status = 'failed', body = null, next_attempt_at = null,"
            + " claimed_until = null, last_error = ?, version = version + 1"
            + " where id = ? and status = 'sending' and attempts = ?";

    /** The claimed row (parameter: id). */
    static final String CLAIMED = "select kind, recipient, subject, body, attempts from mail_outbox where id = ?";

    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public OutboxMail add(OutboxMail mail) {
        em.persist(mail);
        em.flush();
        return mail;
    }

    @Override
    public List<Long> due(Instant now, int max) {
        List<?> ids = em.createNativeQuery(DUE).setParameter(1, OutboxMail.utc(now))
                .setParameter(2, OutboxMail.utc(now)).setMaxResults(max).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public Optional<ClaimedMail> claim(long id, Instant now, Instant until) {
        int claimed = em.createNativeQuery(CLAIM).setParameter(1, OutboxMail.utc(until)).setParameter(2, id)
                .setParameter(3, OutboxMail.utc(now)).setParameter(4, OutboxMail.utc(now)).executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery(CLAIMED).setParameter(1, id).getSingleResult();
        return Optional.of(new ClaimedMail(id, (String) row[0], (String) row[1], (String) row[2], text(row[3]),
                ((Number) row[4]).intValue()));
    }

    /** A varchar as a String (some drivers may hand a long one over as a Clob-like object). */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public boolean markSent(long id, int attempts, Instant now) {
        return em.createNativeQuery(MARK_SENT).setParameter(1, OutboxMail.utc(now)).setParameter(2, id)
                .setParameter(3, attempts).executeUpdate() == 1;
    }

    @Override
    public boolean markRetry(long id, int attempts, Instant next, String error) {
        return em.createNativeQuery(MARK_RETRY).setParameter(1, OutboxMail.utc(next)).setParameter(2, error)
                .setParameter(3, id).setParameter(4, attempts).executeUpdate() == 1;
    }

    @Override
    public boolean markFailed(long id, int attempts, String error) {
        return em.createNativeQuery(MARK_FAILED).setParameter(1, error).setParameter(2, id)
                .setParameter(3, attempts).executeUpdate() == 1;
    }

    @Override
    public Page<MailState> find(MailFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.status() != null) {
            where.append(" and m.status = :status");
        }
        if (filter.kind() != null) {
            where.append(" and m.kind = :kind");
        }
        TypedQuery<OutboxMail> items = em.createQuery("select m from OutboxMail m" + where + " order by m.id "
                + (page.descending() ? "desc" : "asc"), OutboxMail.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from OutboxMail m" + where, Long.class);
        if (filter.status() != null) {
            items.setParameter("status", filter.status());
            count.setParameter("status", filter.status());
        }
        if (filter.kind() != null) {
            items.setParameter("kind", filter.kind());
            count.setParameter("kind", filter.kind());
        }
        List<MailState> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(MailState::of).toList();
        return Page.of(found, page, count.getSingleResult());
    }

    @Override
    public Map<String, MailState> latest(Collection<String> references) {
        List<String> all = references.stream().distinct().toList();
        Map<String, MailState> latest = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
            em.createQuery("select m from OutboxMail m where m.reference in :references order by m.id desc",
                            OutboxMail.class)
                    .setParameter("references", chunk).getResultStream()
                    .forEach(m -> latest.putIfAbsent(m.reference(), MailState.of(m)));
        }
        return latest;
    }
}
