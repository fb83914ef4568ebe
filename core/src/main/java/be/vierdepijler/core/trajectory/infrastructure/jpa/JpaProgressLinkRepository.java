package be.vierdepijler.core.trajectory.infrastructure.jpa;

import be.vierdepijler.core.trajectory.domain.ProgressLink;
import be.vierdepijler.core.trajectory.domain.ProgressLinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Progress links by the hash of their token and per trajectory; deleted together with their newcomer's data. */
@ApplicationScoped
public class JpaProgressLinkRepository implements ProgressLinkRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public Optional<ProgressLink> byTokenHash(String tokenHash) {
        return em.createQuery("select l from ProgressLink l where l.tokenHash = :hash", ProgressLink.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public Optional<ProgressLink> byId(long id) {
        return Optional.ofNullable(em.find(ProgressLink.class, id));
    }

    @Override
    public ProgressLink add(ProgressLink link) {
        em.persist(link);
        em.flush();
        return link;
    }

    @Override
    public List<ProgressLink> ofTrajectory(long trajectoryId) {
        return em.createQuery("select l from ProgressLink l where l.trajectoryId = :trajectory order by l.id desc",
                ProgressLink.class).setParameter("trajectory", trajectoryId).setMaxResults(200).getResultList();
    }

    @Override
    public int deleteOfTrajectories(Collection<Long> trajectoryIds) {
        if (trajectoryIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from ProgressLink l where l.trajectoryId in :ids")
                .setParameter("ids", trajectoryIds).executeUpdate();
    }
}
