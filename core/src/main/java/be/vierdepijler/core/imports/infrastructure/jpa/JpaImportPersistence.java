package be.vierdepijler.core.imports.infrastructure.jpa;

import be.vierdepijler.core.imports.domain.ImportPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

/** Core's persistence unit between the batches of an import. */
@ApplicationScoped
public class JpaImportPersistence implements ImportPersistence {

    @PersistenceContext(unitName = "core")
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
