package be.vierdepijler.core.trajectory.infrastructure.jpa;

import be.vierdepijler.core.trajectory.domain.Referral;
import be.vierdepijler.core.trajectory.domain.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Referrals in table {@code referral}. */
@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public Referral add(Referral referral) {
        em.persist(referral);
        em.flush();
        return referral;
    }

    @Override
    public List<Referral> ofTrajectory(long trajectoryId) {
        return em.createQuery("select r from Referral r where r.trajectoryId = :id order by r.referredAt, r.id",
                Referral.class).setParameter("id", trajectoryId).getResultList();
    }
}
