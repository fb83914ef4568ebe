package be.vierdepijler.core.participation.infrastructure.jpa;

import be.vierdepijler.core.participation.domain.ParticipationRequest;
import be.vierdepijler.core.participation.domain.ParticipationRequestRepository;
import be.vierdepijler.core.participation.domain.RequestFilter;
import be.vierdepijler.core.participation.domain.RequestScope;
import be.vierdepijler.core.participation.domain.RequestStatus;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Requests narrowed, counted and paged in the database; the attempts on the public form counted there too. */
@ApplicationScoped
public class JpaParticipationRequestRepository implements ParticipationRequestRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public Page<ParticipationRequest> find(RequestScope scope, RequestFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope(scope, where, params);
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", filter.status());
        }
        if (filter.networkId() != null) {
            where.append(" and r.networkId = :network");
            params.put("network", filter.networkId());
        }
        if (filter.municipalityNis() != null) {
            where.append(" and r.municipalityNis = :nis");
            params.put("nis", filter.municipalityNis());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(r.firstName) like :q escape '!' or r.reference = :reference)");
            params.put("q", "%" + filter.q().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
            params.put("reference", filter.q().strip().toUpperCase(Locale.ROOT));
        }
        String order = " order by r.createdAt " + (page.descending() ? "desc" : "asc") + ", r.id "
                + (page.descending() ? "desc" : "asc");
        TypedQuery<ParticipationRequest> select = em.createQuery("select r from ParticipationRequest r" + where
                + order, ParticipationRequest.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from ParticipationRequest r" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    private static void scope(RequestScope scope, StringBuilder where, Map<String, Object> params) {
        if (scope.everything()) {
            return;
        }
        if (scope.organisationId() != null) {
            where.append(" and r.organisationId = :scopeOrganisation and r.shareWithOrganisation = true");
            params.put("scopeOrganisation", scope.organisationId());
            return;
        }
        where.append(" and r.networkId in :scopeNetworks");
        // An empty IN list is not portable SQL: a value that matches nothing stands in.
        params.put("scopeNetworks", scope.networkIds().isEmpty() ? Set.of("") : scope.networkIds());
    }

    @Override
    public long countOpen(RequestScope scope) {
        StringBuilder where = new StringBuilder(" where r.status = :open");
        Map<String, Object> params = new HashMap<>();
        params.put("open", RequestStatus.OPEN);
        scope(scope, where, params);
        TypedQuery<Long> count = em.createQuery("select count(r) from ParticipationRequest r" + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public Optional<ParticipationRequest> byId(long id) {
        return Optional.ofNullable(em.find(ParticipationRequest.class, id));
    }

    @Override
    public Optional<ParticipationRequest> openByFingerprint(String fingerprint) {
        List<ParticipationRequest> found = em.createQuery("select r from ParticipationRequest r"
                        + " where r.openFingerprint = :f", ParticipationRequest.class).setParameter("f", fingerprint)
                .getResultList();
        return found.stream().findFirst();
    }

    @Override
    public ParticipationRequest add(ParticipationRequest request) {
        em.persist(request);
        em.flush();
        return request;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public boolean addAttempt(String addressHash, Instant at, int places) {
        Set<Integer> taken = ((List<?>) em.createNativeQuery("select slot from participation_attempt"
                + " where address_hash = ?").setParameter(1, addressHash).getResultList()).stream()
                .map(n -> ((Number) n).intValue()).collect(Collectors.toSet());
        int slot = IntStream.rangeClosed(1, places).filter(s -> !taken.contains(s)).findFirst().orElse(0);
        if (slot == 0) {
            return false;
        }
        em.createNativeQuery("insert into participation_attempt (address_hash, at, slot) values (?, ?, ?)")
                .setParameter(1, addressHash).setParameter(2, Timestamp.from(at)).setParameter(3, slot)
                .executeUpdate();
        return true;
    }

    @Override
    public long attemptsSince(String addressHash, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from participation_attempt where address_hash = ?"
                + " and at >= ?").setParameter(1, addressHash).setParameter(2, Timestamp.from(since))
                .getSingleResult()).longValue();
    }

    @Override
    public long attemptsSince(Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from participation_attempt where at >= ?")
                .setParameter(1, Timestamp.from(since)).getSingleResult()).longValue();
    }

    @Override
    public Optional<Instant> oldestAttemptSince(String addressHash, Instant since) {
        Object oldest = em.createNativeQuery("select min(at) from participation_attempt where address_hash = ?"
                + " and at >= ?").setParameter(1, addressHash).setParameter(2, Timestamp.from(since))
                .getSingleResult();
        if (oldest instanceof Timestamp t) {
            return Optional.of(t.toInstant());
        }
        if (oldest instanceof java.time.LocalDateTime l) {
            return Optional.of(Timestamp.valueOf(l).toInstant());
        }
        if (oldest instanceof Instant i) {
            return Optional.of(i);
        }
        return Optional.empty();
    }

    @Override
    public int forgetAttemptsBefore(Instant before) {
        return em.createNativeQuery("delete from participation_attempt where at < ?")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }
}
