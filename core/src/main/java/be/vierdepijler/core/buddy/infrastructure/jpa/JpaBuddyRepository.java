package be.vierdepijler.core.buddy.infrastructure.jpa;

import be.vierdepijler.core.buddy.domain.Buddy;
import be.vierdepijler.core.buddy.domain.BuddyCounts;
import be.vierdepijler.core.buddy.domain.BuddyFilter;
import be.vierdepijler.core.buddy.domain.BuddyRepository;
import be.vierdepijler.core.buddy.domain.BuddyScope;
import be.vierdepijler.core.buddy.domain.BuddyStatus;
import be.vierdepijler.core.buddy.domain.ScreeningStatus;
import be.vierdepijler.core.buddy.domain.TrainingStatus;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Buddies narrowed, counted and paged in the database; the report grouped there. */
@ApplicationScoped
public class JpaBuddyRepository implements BuddyRepository {

    /** Past retention: no longer taking part, no duo running, untouched since before the cutoff. */
    private static final String DUE = "(b.status = :stopped or b.screening = :refused) and b.duosTaken = 0"
            + " and b.updatedAt < :since";

    /** Available (may be matched now), in JPQL: the same rule as {@link Buddy#isAvailable()}. */
    static final String AVAILABLE = "b.screening = :screened and b.training = :trained and b.status = :active"
            + " and b.matchingConsent = true";
    /** The same rule in SQL, on the columns of {@code buddy}. */
    static final String AVAILABLE_SQL = "screening = 'SCREENED' and training = 'TRAINED' and status = 'ACTIVE'"
            + " and matching_consent = true";
    private static final Map<String, String> SORT = Map.of("name", "b.sortName", "registeredAt", "b.createdAt",
            "freeDuos", "(b.capacity - b.duosTaken)");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public Page<Buddy> find(BuddyScope scope, BuddyFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope(scope, where, params);
        if (filter.networkId() != null) {
            where.append(" and b.networkId = :network");
            params.put("network", filter.networkId());
        }
        if (filter.municipalityNis() != null) {
            where.append(" and b.municipalityNis = :nis");
            params.put("nis", filter.municipalityNis());
        }
        if (filter.screening() != null) {
            where.append(" and b.screening = :screening");
            params.put("screening", filter.screening());
        }
        if (filter.training() != null) {
            where.append(" and b.training = :training");
            params.put("training", filter.training());
        }
        if (filter.status() != null) {
            where.append(" and b.status = :status");
            params.put("status", filter.status());
        }
        if (filter.registeredBy() != null) {
            where.append(" and b.registeredBy = :registeredBy");
            params.put("registeredBy", filter.registeredBy());
        }
        if (filter.available() != null) {
            where.append(filter.available() ? " and (" : " and not (").append(AVAILABLE)
                    .append(" and b.duosTaken < b.capacity)");
            params.put("screened", ScreeningStatus.SCREENED);
            params.put("trained", TrainingStatus.TRAINED);
            params.put("active", BuddyStatus.ACTIVE);
        }
        if (filter.language() != null) {
            where.append(" and :language member of b.languages");
            params.put("language", filter.language());
        }
        if (filter.interest() != null) {
            where.append(" and :interest member of b.interests");
            params.put("interest", filter.interest());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and (b.nameSearch like :q escape '!' or b.sortName like :q escape '!'"
                    + " or b.reference = :reference)");
            params.put("q", "%" + SearchText.fold(filter.query()).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
            params.put("reference", filter.query().strip().toUpperCase(Locale.ROOT));
        }
        String order = " order by " + SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc")
                + ", b.id asc";
        TypedQuery<Buddy> select = em.createQuery("select b from Buddy b" + where + order, Buddy.class);
        TypedQuery<Long> count = em.createQuery("select count(b) from Buddy b" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    private static void scope(BuddyScope scope, StringBuilder where, Map<String, Object> params) {
        if (scope.networkIds() != null) {
            where.append(" and b.networkId in :scopeNetworks");
            // An empty IN list is not portable SQL: a value that matches nothing stands in.
            params.put("scopeNetworks", scope.networkIds().isEmpty() ? Set.of("") : scope.networkIds());
        }
        if (scope.municipalityNis() != null) {
            where.append(" and b.municipalityNis = :scopeNis");
            params.put("scopeNis", scope.municipalityNis());
        }
    }

    @Override
    public Optional<Buddy> byId(long id) {
        return Optional.ofNullable(em.find(Buddy.class, id));
    }

    @Override
    public boolean referenceTaken(String reference) {
        return !em.createQuery("select b.id from Buddy b where b.reference = :r", Long.class)
                .setParameter("r", reference).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Buddy add(Buddy buddy) {
        em.persist(buddy);
        em.flush();
        return buddy;
    }

    @Override
    public Map<String, BuddyCounts> countByMunicipality(BuddyScope scope) {
        String freeDuo = AVAILABLE_SQL + " and duos_taken < capacity";
        StringBuilder sql = new StringBuilder("select municipality_nis, count(*),"
                + " sum(case when screening = 'REGISTERED' then 1 else 0 end),"
                + " sum(case when screening = 'SCREENED' then 1 else 0 end),"
                + " sum(case when screening = 'REFUSED' then 1 else 0 end),"
                + " sum(case when training = 'TRAINED' then 1 else 0 end),"
                + " sum(case when status = 'ACTIVE' then 1 else 0 end),"
                + " sum(case when " + freeDuo + " then 1 else 0 end),"
                + " sum(case when " + AVAILABLE_SQL + " then capacity else 0 end),"
                + " sum(duos_taken),"
                + " sum(case when " + freeDuo + " then capacity - duos_taken else 0 end)"
                + " from buddy where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope.networkIds() != null) {
            sql.append(" and network_id in (:networks)");
            params.put("networks", scope.networkIds().isEmpty() ? Set.of("") : scope.networkIds());
        }
        if (scope.municipalityNis() != null) {
            sql.append(" and municipality_nis = :nis");
            params.put("nis", scope.municipalityNis());
        }
        sql.append(" group by municipality_nis");
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        Map<String, BuddyCounts> counts = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], new BuddyCounts(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]),
                    n(r[8]), n(r[9]), n(r[10])));
        }
        return counts;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public boolean claimErasure(long id, Instant at, String by) {
        return em.createQuery("update Buddy b set b.erasedAt = :at, b.erasedBy = :by,"
                        + " b.version = b.version + 1 where b.id = :id and b.erasedAt is null")
                .setParameter("at", at).setParameter("by", by).setParameter("id", id).executeUpdate() == 1;
    }

    @Override
    public void refresh(Buddy buddy) {
        em.refresh(buddy);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Long> dueForErasure(Instant since, long afterId, int max) {
        return em.createQuery("select b.id from Buddy b where b.erasedAt is null and b.id > :after and " + DUE
                        + " order by b.id", Long.class)
                .setParameter("after", afterId).setParameter("since", since)
                .setParameter("stopped", BuddyStatus.STOPPED).setParameter("refused", ScreeningStatus.REFUSED)
                .setMaxResults(max).getResultList();
    }

    @Override
    public boolean isDue(long id, Instant since) {
        return !em.createQuery("select b.id from Buddy b where b.id = :id and " + DUE, Long.class)
                .setParameter("id", id).setParameter("since", since)
                .setParameter("stopped", BuddyStatus.STOPPED).setParameter("refused", ScreeningStatus.REFUSED)
                .getResultList().isEmpty();
    }
}
