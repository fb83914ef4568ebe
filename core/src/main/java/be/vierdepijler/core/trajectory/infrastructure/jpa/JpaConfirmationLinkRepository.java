package be.vierdepijler.core.trajectory.infrastructure.jpa;

import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.ConfirmationLinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Confirmation links by the hash of their token. */
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
    public ConfirmationLink add(ConfirmationLink link) {
        em.persist(link);
        em.flush();
        return link;
    }
}
