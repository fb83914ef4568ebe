package be.vierdepijler.regions.funding.infrastructure.jpa;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.regions.funding.domain.FundingProject;
import be.vierdepijler.regions.funding.domain.ProjectFilter;
import be.vierdepijler.regions.funding.domain.ProjectListing;
import be.vierdepijler.regions.funding.domain.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Projects filtered (also by the caller's networks), counted and paged in the database, with call and lead joined. */
@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    private static final String FROM = " from FundingProject p join FundingCall c on c.id = p.callId"
            + " left join Organisation o on o.id = p.leadOrganisationId";
    private static final Map<String, String> SORT = Map.of("name", "p.nameSearch", "status", "p.status",
            "call", "c.reference");
    /** A project lies in a network when it is that network's project or one of its municipalities lies in it. */
    private static final String IN_NETWORKS = "(p.networkId in :%1$s or exists (select 1 from FundingProject p2"
            + " join p2.municipalityNis nis, Municipality mu where p2.id = p.id and mu.nisCode = nis"
            + " and mu.networkId in :%1$s))";

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public Page<ProjectListing> find(ProjectFilter filter, Set<String> withinNetworks, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (withinNetworks != null) {
            if (withinNetworks.isEmpty()) {
                return Page.of(java.util.List.of(), page, 0);
            }
            where.append(" and ").append(String.format(IN_NETWORKS, "scope"));
            params.put("scope", withinNetworks);
        }
        if (filter.callId() != null) {
            where.append(" and p.callId = :call");
            params.put("call", filter.callId());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", filter.status());
        }
        if (filter.networkId() != null) {
            where.append(" and ").append(String.format(IN_NETWORKS, "network"));
            params.put("network", Set.of(filter.networkId()));
        }
        if (filter.municipalityNis() != null) {
            where.append(" and :nis member of p.municipalityNis");
            params.put("nis", filter.municipalityNis());
        }
        if (filter.trajectoryTypeId() != null) {
            where.append(" and :type member of p.trajectoryTypeIds");
            params.put("type", filter.trajectoryTypeId());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and p.nameSearch like :q escape '!'");
            params.put("q", JpaFundingCallRepository.like(filter.query()));
        }
        String order = " order by " + SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc")
                + ", p.id asc";
        TypedQuery<Object[]> select = em.createQuery("select p, c.reference, c.name, o.name" + FROM + where + order,
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(p)" + FROM + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(JpaProjectRepository::toListing).toList(), page, count.getSingleResult());
    }

    @Override
    public Optional<ProjectListing> listing(long id) {
        return em.createQuery("select p, c.reference, c.name, o.name" + FROM + " where p.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst().map(JpaProjectRepository::toListing);
    }

    @Override
    public Optional<FundingProject> byId(long id) {
        return Optional.ofNullable(em.find(FundingProject.class, id));
    }

    @Override
    public Optional<FundingProject> byCallAndName(long callId, String name) {
        return em.createQuery("select p from FundingProject p where p.callId = :call and p.nameSearch = :name",
                        FundingProject.class).setParameter("call", callId)
                .setParameter("name", SearchText.fold(name.strip())).getResultStream().findFirst();
    }

    @Override
    public FundingProject add(FundingProject project) {
        em.persist(project);
        em.flush();
        return project;
    }

    private static ProjectListing toListing(Object[] row) {
        return new ProjectListing((FundingProject) row[0], (String) row[1], (String) row[2], (String) row[3]);
    }

    static String fold(String s) {
        return SearchText.fold(s);
    }
}
