package be.vierdepijler.regions.allocation.infrastructure.jpa;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.allocation.domain.Allocation;
import be.vierdepijler.regions.allocation.domain.AllocationRepository;
import be.vierdepijler.regions.allocation.domain.AllocationSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;

/** Saved allocations; the list reads only the terms, never the calculations. */
@ApplicationScoped
public class JpaAllocationRepository implements AllocationRepository {

    private static final Map<String, String> SORT = Map.of("createdAt", "a.createdAt", "name", "a.name",
            "amount", "a.amount");

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public Allocation add(Allocation allocation) {
        em.persist(allocation);
        return allocation;
    }

    @Override
    public Optional<Allocation> byId(long id) {
        return Optional.ofNullable(em.find(Allocation.class, id));
    }

    @Override
    public Page<AllocationSummary> find(PageRequest page) {
        String order = " order by " + SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc")
                + ", a.id desc";
        var items = em.createQuery("select new " + AllocationSummary.class.getName() + "(a.id, a.name,"
                        + " a.callReference, a.amount, a.cap, a.referenceDate, a.createdAt, a.createdBy)"
                        + " from Allocation a" + order, AllocationSummary.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(a) from Allocation a", Long.class).getSingleResult();
        return Page.of(items, page, total);
    }
}
