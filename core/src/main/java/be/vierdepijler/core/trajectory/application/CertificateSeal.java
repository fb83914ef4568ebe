package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.trajectory.domain.Certificate;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Seals the certificates that were issued before certificates were records (the migration made their records from
 * what the trajectory held): their content hash is computed once, at the first start after the upgrade. Nodes that
 * start together may both seal a certificate; they compute the same hash.
 */
@ApplicationScoped
public class CertificateSeal {

    @Inject
    TrajectoryRepository trajectories;

    /** Seals every certificate without a hash; answers how many. */
    @Transactional
    public int sealUnsealed() {
        List<Certificate> unsealed = trajectories.unsealedCertificates();
        unsealed.forEach(Certificate::seal);
        return unsealed.size();
    }
}
