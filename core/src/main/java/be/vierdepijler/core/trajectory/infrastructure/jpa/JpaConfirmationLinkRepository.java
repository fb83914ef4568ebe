package be.vierdepijler.core.trajectory.infrastructure.jpa;

import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.ConfirmationLinkRepository;
import be.vierdepijler.core.trajectory.domain.HourStatus;
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
    public List<Long> dueForReminder(Instant mailedBefore, Instant now, int limit) {
        return em.createQuery("select l.id from ConfirmationLink l where l.remindedAt is null"
                        + " and l.createdAt <= :before and l.emailedTo is not null and l.reminderOf is null"
                        + " and l.closedAt is null and l.expiresAt > :now and exists (select e.id from HourEntry e"
                        + " where e.placementId = l.placementId and e.status = :pending) order by l.createdAt, l.id",
                        Long.class).setParameter("before", mailedBefore).setParameter("now", now)
                .setParameter("pending", HourStatus.PENDING).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean claimReminder(long linkId, Instant now) {
        return em.createQuery("update ConfirmationLink l set l.remindedAt = :now, l.version = l.version + 1"
                        + " where l.id = :id and l.remindedAt is null and l.closedAt is null")
                .setParameter("now", now).setParameter("id", linkId).executeUpdate() == 1;
    }

    @Override
    public int closeOpen(long trajectoryId, ConfirmationLink.Closure reason, String by, Instant now) {
        // entities rather than a bulk update: a link loaded in the same unit of work (the one just used) stays current
        List<ConfirmationLink> open = em.createQuery("select l from ConfirmationLink l"
                        + " where l.trajectoryId = :trajectory and l.closedAt is null and l.expiresAt > :now",
                        ConfirmationLink.class)
                .setParameter("trajectory", trajectoryId).setParameter("now", now).getResultList();
        open.forEach(l -> l.close(reason, by, now));
        return open.size();
    }
}
