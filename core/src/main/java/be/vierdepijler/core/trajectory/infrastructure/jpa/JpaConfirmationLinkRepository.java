package be.vierdepijler.core.trajectory.infrastructure.jpa;

import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.ConfirmationLinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Confirmation links by the hash of their token, per placement, and closed together with their trajectory. */
@ApplicationScoped
public class JpaConfirmationLinkRepository implements ConfirmationLinkRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public Optional<ConfirmationLink> byTokenHash(String tokenHash) {
        return em.createQuery("select l from ConfirmationLink l where l.tokenHash = :hash", ConfirmationLink.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public Optional<ConfirmationLink> byId(long id) {
        return Optional.ofNullable(em.find(ConfirmationLink.class, id));
    }

    @Override
    public ConfirmationLink add(ConfirmationLink link) {
        em.persist(link);
        em.flush();
        return link;
    }

    @Override
    public List<ConfirmationLink> ofPlacement(long placementId) {
        return em.createQuery("select l from ConfirmationLink l where l.placementId = :placement order by l.id desc",
                ConfirmationLink.class).setParameter("placement", placementId).setMaxResults(200).getResultList();
    }

    @Override
    public int closeOpen(long trajectoryId, ConfirmationLink.Closure reason, String by, Instant now) {
        // entities rather than a bulk update: a link loaded in the same unit of work (the one just used) stays current
        List<ConfirmationLink> open = em.createQuery("select l from ConfirmationLink l where l.trajectoryId = :trajectory"
                        + " and l.closedAt is null and l.expiresAt > :now", ConfirmationLink.class)
                .setParameter("trajectory", trajectoryId).setParameter("now", now).getResultList();
        open.forEach(l -> l.close(reason, by, now));
        return open.size();
    }
}
