package be.vierdepijler.core.imports.infrastructure.jpa;

import be.vierdepijler.core.imports.domain.ImportRun;
import be.vierdepijler.core.imports.domain.ImportRuns;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/** Import runs with JPA. */
@ApplicationScoped
public class JpaImportRuns implements ImportRuns {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public ImportRun add(ImportRun run) {
        em.persist(run);
        em.flush();
        return run;
    }

    @Override
    public Optional<ImportRun> byId(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id));
    }

    @Override
    public Page<ImportRun> find(String startedBy, PageRequest page) {
        String where = startedBy == null ? "" : " where r.startedBy = :by";
        TypedQuery<ImportRun> select = em.createQuery("select r from ImportRun r" + where + " order by r.id "
                + (page.descending() ? "asc" : "desc"), ImportRun.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from ImportRun r" + where, Long.class);
        if (startedBy != null) {
            select.setParameter("by", startedBy);
            count.setParameter("by", startedBy);
        }
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }
}
