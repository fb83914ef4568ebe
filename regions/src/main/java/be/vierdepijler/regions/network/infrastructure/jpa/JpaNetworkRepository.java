package be.vierdepijler.regions.network.infrastructure.jpa;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.network.domain.NetworkRepository;
import be.vierdepijler.regions.network.domain.NetworkSummary;
import be.vierdepijler.regions.network.domain.RegionalNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Networks with their membership figures, counted by the database in one grouped query. */
@ApplicationScoped
public class JpaNetworkRepository implements NetworkRepository {

    private static final String SUMMARY = """
            select n, count(m),
                   coalesce(sum(case when m.membership.participatingFrom <= :day
                                      and (m.membership.participatingUntil is null
                                           or m.membership.participatingUntil >= :day)
                                     then 1 else 0 end), 0)
            from RegionalNetwork n left join Municipality m on m.networkId = n.id
            """;

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public Page<NetworkSummary> summaries(LocalDate day, PageRequest page) {
        String order = " order by n." + ("id".equals(page.sortField()) ? "id" : "name")
                + (page.descending() ? " desc" : " asc");
        List<NetworkSummary> items = em.createQuery(SUMMARY + " group by n" + order, Object[].class)
                .setParameter("day", day)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(JpaNetworkRepository::toSummary).toList();
        long total = em.createQuery("select count(n) from RegionalNetwork n", Long.class).getSingleResult();
        return Page.of(items, page, total);
    }

    @Override
    public Optional<NetworkSummary> summary(String id, LocalDate day) {
        return em.createQuery(SUMMARY + " where n.id = :id group by n", Object[].class)
                .setParameter("day", day).setParameter("id", id)
                .getResultStream().findFirst().map(JpaNetworkRepository::toSummary);
    }

    @Override
    public boolean exists(String id) {
        return em.find(RegionalNetwork.class, id) != null;
    }

    private static NetworkSummary toSummary(Object[] row) {
        return new NetworkSummary((RegionalNetwork) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }
}
