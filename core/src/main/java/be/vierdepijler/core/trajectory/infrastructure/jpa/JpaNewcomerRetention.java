package be.vierdepijler.core.trajectory.infrastructure.jpa;

import be.vierdepijler.core.newcomer.domain.NewcomerRetention;
import be.vierdepijler.core.shared.Clocks;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The retention of newcomers, decided by their trajectories' end dates in one statement. */
@ApplicationScoped
public class JpaNewcomerRetention implements NewcomerRetention {

    private static final Set<TrajectoryStatus> OPEN = Set.of(TrajectoryStatus.INTAKE, TrajectoryStatus.ACTIVE);
    /**
     * Past retention: every trajectory closed before the cutoff; a newcomer who never had one, taken in before it.
     */
    private static final String DUE = "(exists (select t.id from Trajectory t where t.newcomerId = n.id)"
            + " and not exists (select t.id from Trajectory t where t.newcomerId = n.id"
            + " and (t.status in :open or t.endedOn is null or t.endedOn >= :cutoff)))"
            + " or (not exists (select t.id from Trajectory t where t.newcomerId = n.id) and n.createdAt < :since)";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public List<Long> dueForErasure(LocalDate cutoff, long afterId, int max) {
        return em.createQuery("select n.id from Newcomer n where n.erasedAt is null and n.id > :after and (" + DUE
                        + ") order by n.id", Long.class)
                .setParameter("after", afterId).setParameter("open", OPEN).setParameter("cutoff", cutoff)
                .setParameter("since", cutoff.atStartOfDay(Clocks.BRUSSELS).toInstant())
                .setMaxResults(max).getResultList();
    }

    @Override
    public boolean isDue(long newcomerId, LocalDate cutoff) {
        return !em.createQuery("select n.id from Newcomer n where n.id = :id and (" + DUE + ")", Long.class)
                .setParameter("id", newcomerId).setParameter("open", OPEN).setParameter("cutoff", cutoff)
                .setParameter("since", cutoff.atStartOfDay(Clocks.BRUSSELS).toInstant())
                .getResultList().isEmpty();
    }
}
