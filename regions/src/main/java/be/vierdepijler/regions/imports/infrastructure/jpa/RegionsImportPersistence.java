package be.vierdepijler.regions.imports.infrastructure.jpa;

import be.vierdepijler.core.imports.domain.ImportPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

/** The regions' persistence unit (organisations, offers, funding, allocation) between the batches of an import. */
@ApplicationScoped
public class RegionsImportPersistence implements ImportPersistence {

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public void checking() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void clear() {
        em.clear();
        em.setFlushMode(FlushModeType.AUTO);
    }
}
