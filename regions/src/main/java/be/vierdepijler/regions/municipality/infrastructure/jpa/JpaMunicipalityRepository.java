package be.vierdepijler.regions.municipality.infrastructure.jpa;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.regions.municipality.domain.Municipality;
import be.vierdepijler.regions.municipality.domain.MunicipalityFilter;
import be.vierdepijler.regions.municipality.domain.MunicipalityListing;
import be.vierdepijler.regions.municipality.domain.MunicipalityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Municipalities paged, filtered and counted in the database; the filters follow the indexes of the schema. */
@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "m.nameSearch", "nisCode", "m.nisCode");

    private static final String LISTING =
            "select m, n.name from Municipality m join RegionalNetwork n on n.id = m.networkId";

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public Page<MunicipalityListing> find(MunicipalityFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.networkId() != null) {
            where.append(" and m.networkId = :network");
            parameters.put("network", filter.networkId());
        }
        if (filter.province() != null) {
            where.append(" and m.province = :province");
            parameters.put("province", filter.province());
        }
        if (filter.nameQuery() != null && !filter.nameQuery().isBlank()) {
            where.append(" and m.nameSearch like :name escape '!'");
            parameters.put("name", "%" + escapeLike(SearchText.fold(filter.nameQuery())) + "%");
        }
        String order = " order by " + SORT_COLUMNS.get(page.sortField()) + (page.descending() ? " desc" : " asc")
                + ", m.nisCode asc";
        TypedQuery<Object[]> query = em.createQuery(LISTING + where + order, Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(m) from Municipality m" + where, Long.class);
        parameters.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<MunicipalityListing> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(JpaMunicipalityRepository::toListing).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    @Override
    public Optional<MunicipalityListing> listing(String nisCode) {
        return em.createQuery(LISTING + " where m.nisCode = :nis", Object[].class).setParameter("nis", nisCode)
                .getResultStream().findFirst().map(JpaMunicipalityRepository::toListing);
    }

    @Override
    public Optional<Municipality> byNisCode(String nisCode) {
        return Optional.ofNullable(em.find(Municipality.class, nisCode));
    }

    private static MunicipalityListing toListing(Object[] row) {
        return new MunicipalityListing((Municipality) row[0], (String) row[1]);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
