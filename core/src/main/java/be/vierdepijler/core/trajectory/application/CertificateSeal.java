package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.trajectory.domain.Certificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Seals the certificates that were issued before certificates were records (the migration made their records from
 * what the trajectory held): their content hash is computed once, at the first start after the upgrade. Nodes that
 * start together may both seal a certificate; they compute the same hash.
 */
@ApplicationScoped
public class CertificateSeal {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** Seals every certificate without a hash; answers how many. */
    @Transactional
    public int sealUnsealed() {
        List<Certificate> unsealed = em.createQuery("select c from Certificate c where c.contentHash is null",
                Certificate.class).getResultList();
        unsealed.forEach(Certificate::seal);
        return unsealed.size();
    }
}
