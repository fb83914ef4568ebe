package be.vierdepijler.core.newcomer.infrastructure.jpa;

import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerFilter;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.infrastructure.JpqlPage;
import be.vierdepijler.core.shared.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Newcomers narrowed to the caller's scope, filtered, counted and paged in the database. */
@ApplicationScoped
public class JpaNewcomerRepository implements NewcomerRepository {

    private static final Map<String, String> SORT = Map.of("name", "n.nameSearch", "created", "n.createdAt");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public Page<Newcomer> find(PersonScope scope, NewcomerFilter filter, PageRequest page) {
        if (!scope.seesPeople()) {
            return Page.of(java.util.List.of(), page, 0);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.all()) {
            if (scope.municipalityNis() != null) {
                where.append(" and n.municipalityNis = :scopeNis");
                params.put("scopeNis", scope.municipalityNis());
            } else {
                where.append(" and n.networkId in :scopeNetworks");
                params.put("scopeNetworks", scope.networkIds());
            }
        }
        if (filter.networkId() != null) {
            where.append(" and n.networkId = :network");
            params.put("network", filter.networkId());
        }
        if (filter.municipalityNis() != null) {
            where.append(" and n.municipalityNis = :nis");
            params.put("nis", filter.municipalityNis());
        }
        if (filter.integrationStatus() != null) {
            where.append(" and n.integrationStatus = :status");
            params.put("status", filter.integrationStatus());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and n.nameSearch like :q escape '!'");
            params.put("q", "%" + SearchText.fold(filter.query()).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        String order = " order by " + SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc")
                + ", n.id asc";
        return JpqlPage.of(em, Newcomer.class, "n", where.toString(), order, params, page);
    }

    @Override
    public Optional<Newcomer> byId(long id) {
        return Optional.ofNullable(em.find(Newcomer.class, id));
    }

    @Override
    public Newcomer add(Newcomer newcomer) {
        em.persist(newcomer);
        em.flush();
        return newcomer;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void lock(Newcomer newcomer) {
        em.lock(newcomer, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public boolean claimErasure(long id, Instant at, String by) {
        return em.createQuery("update Newcomer n set n.erasedAt = :at, n.erasedBy = :by, n.version = n.version + 1"
                        + " where n.id = :id and n.erasedAt is null")
                .setParameter("at", at).setParameter("by", by).setParameter("id", id).executeUpdate() == 1;
    }

    @Override
    public void refresh(Newcomer newcomer) {
        em.refresh(newcomer);
    }
}
