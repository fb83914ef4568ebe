package be.vierdepijler.regions.organisation.infrastructure.jpa;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.regions.organisation.domain.Organisation;
import be.vierdepijler.regions.organisation.domain.OrganisationFilter;
import be.vierdepijler.regions.organisation.domain.OrganisationListing;
import be.vierdepijler.regions.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Organisations filtered, counted and paged in the database, with their municipality and network joined. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    private static final String FROM = " from Organisation o join Municipality m on m.nisCode = o.municipalityNis"
            + " join RegionalNetwork n on n.id = m.networkId";
    private static final Map<String, String> SORT = Map.of("name", "o.nameSearch", "municipality", "m.nameSearch");

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public Page<OrganisationListing> find(OrganisationFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.networkId() != null) {
            where.append(" and m.networkId = :network");
            params.put("network", filter.networkId());
        }
        if (filter.municipalityNis() != null) {
            where.append(" and o.municipalityNis = :nis");
            params.put("nis", filter.municipalityNis());
        }
        if (filter.kind() != null) {
            where.append(" and o.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.active() != null) {
            where.append(" and o.active = :active");
            params.put("active", filter.active());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and o.nameSearch like :q escape '!'");
            params.put("q", "%" + SearchText.fold(filter.query()).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        String order = " order by " + SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc")
                + ", o.id asc";
        TypedQuery<Object[]> select = em.createQuery("select o, m.name, n.id, n.name" + FROM + where + order,
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + FROM + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(JpaOrganisationRepository::toListing).toList(), page, count.getSingleResult());
    }

    @Override
    public Optional<OrganisationListing> listing(long id) {
        return em.createQuery("select o, m.name, n.id, n.name" + FROM + " where o.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst().map(JpaOrganisationRepository::toListing);
    }

    @Override
    public Optional<Organisation> byId(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
        return organisation;
    }

    @Override
    public java.util.List<Organisation> named(String nameSearch, String municipalityNis) {
        TypedQuery<Organisation> query = em.createQuery("select o from Organisation o where o.nameSearch = :name"
                + (municipalityNis == null ? "" : " and o.municipalityNis = :nis") + " order by o.id",
                Organisation.class).setParameter("name", nameSearch);
        if (municipalityNis != null) {
            query.setParameter("nis", municipalityNis);
        }
        return query.getResultList();
    }

    private static OrganisationListing toListing(Object[] row) {
        return new OrganisationListing((Organisation) row[0], (String) row[1], (String) row[2], (String) row[3]);
    }
}
