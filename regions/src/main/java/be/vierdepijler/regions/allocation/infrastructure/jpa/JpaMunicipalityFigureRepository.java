package be.vierdepijler.regions.allocation.infrastructure.jpa;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.allocation.domain.CriterionWeight;
import be.vierdepijler.regions.allocation.domain.FigureFilter;
import be.vierdepijler.regions.allocation.domain.FigureKind;
import be.vierdepijler.regions.allocation.domain.FigureListing;
import be.vierdepijler.regions.allocation.domain.MunicipalityFigure;
import be.vierdepijler.regions.allocation.domain.MunicipalityFigureRepository;
import be.vierdepijler.regions.allocation.domain.NetworkFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Municipality figures filtered and paged in the database; the sums per network are aggregated in SQL. */
@ApplicationScoped
public class JpaMunicipalityFigureRepository implements MunicipalityFigureRepository {

    private static final String FROM = " from MunicipalityFigure f join Municipality m on m.nisCode = f.nisCode";
    private static final Map<String, String> SORT = Map.of("nisCode", "f.nisCode", "municipality", "m.nameSearch",
            "year", "f.year", "value", "f.value");
    /** A municipality takes part on :day (see Membership#isParticipatingOn). */
    private static final String PARTICIPATING = " m.membership.participatingFrom <= :day"
            + " and (m.membership.participatingUntil is null or m.membership.participatingUntil >= :day)";

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public Page<FigureListing> find(FigureFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            where.append(" and f.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.year() != null) {
            where.append(" and f.year = :year");
            params.put("year", filter.year());
        }
        if (filter.networkId() != null) {
            where.append(" and m.networkId = :network");
            params.put("network", filter.networkId());
        }
        String order = " order by " + SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc")
                + ", f.nisCode asc, f.kind asc, f.year asc";
        TypedQuery<Object[]> select = em.createQuery("select f, m.name, m.networkId" + FROM + where + order,
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(f)" + FROM + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<FigureListing> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(r -> new FigureListing((MunicipalityFigure) r[0], (String) r[1],
                        (String) r[2])).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    @Override
    public Optional<MunicipalityFigure> byKey(String nisCode, FigureKind kind, int year) {
        return em.createQuery("select f from MunicipalityFigure f where f.nisCode = :nis and f.kind = :kind"
                        + " and f.year = :year", MunicipalityFigure.class)
                .setParameter("nis", nisCode).setParameter("kind", kind).setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public MunicipalityFigure add(MunicipalityFigure figure) {
        em.persist(figure);
        return figure;
    }

    @Override
    public Set<String> municipalities() {
        return new HashSet<>(em.createQuery("select m.nisCode from Municipality m", String.class).getResultList());
    }

    @Override
    public List<NetworkFigures> networkFigures(LocalDate day, List<CriterionWeight> criteria) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        for (CriterionWeight c : criteria) {
            List<Object[]> sums;
            if (c.criterion().kind() == null) {
                sums = em.createQuery("select m.networkId, count(m) from Municipality m where" + PARTICIPATING
                        + " group by m.networkId", Object[].class).setParameter("day", day).getResultList();
            } else if (c.year() == null) {
                continue;
            } else {
                sums = em.createQuery("select m.networkId, sum(f.value)" + FROM + " where f.kind = :kind"
                                + " and f.year = :year and" + PARTICIPATING + " group by m.networkId", Object[].class)
                        .setParameter("kind", c.criterion().kind()).setParameter("year", c.year())
                        .setParameter("day", day).getResultList();
            }
            for (Object[] sum : sums) {
                values.computeIfAbsent((String) sum[0], k -> new HashMap<>())
                        .put(c.criterion().code(), ((Number) sum[1]).longValue());
            }
        }
        List<NetworkFigures> networks = new ArrayList<>();
        for (Object[] network : em.createQuery("select n.id, n.name from RegionalNetwork n order by n.id",
                Object[].class).getResultList()) {
            networks.add(new NetworkFigures((String) network[0], (String) network[1],
                    values.getOrDefault((String) network[0], Map.of())));
        }
        return networks;
    }
}
