package be.vierdepijler.core.buddy.infrastructure.jpa;

import be.vierdepijler.core.buddy.domain.Buddy;
import be.vierdepijler.core.buddy.domain.BuddyStatus;
import be.vierdepijler.core.buddy.domain.ScreeningStatus;
import be.vierdepijler.core.buddy.domain.TrainingStatus;
import be.vierdepijler.core.matching.domain.CandidateChanges;
import be.vierdepijler.core.port.BuddyPlaces;
import be.vierdepijler.core.port.PlaceableBuddy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * A buddy's duos for the placements: read without loading the entity, taken and given back by one conditional
 * UPDATE each, so that the database decides between two placements racing for the last duo (the second waits for
 * the first's row lock, then finds the condition false). Each update also raises the buddy's version, so that a
 * coordinator who lowers the capacity on a stale read gets 412 instead of writing a capacity below the duos taken
 * (which the database refuses as well: {@code ck_buddy_duos}), and raises the generation of the buddy's network, so
 * that the matching reads its buddies again.
 */
@ApplicationScoped
@Transactional
public class JpaBuddyPlaces implements BuddyPlaces {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    CandidateChanges changes;

    @Override
    public Optional<PlaceableBuddy> buddy(long buddyId) {
        return em.createQuery("select b.id, b.firstName, b.lastName, b.municipalityNis, b.networkId, b.capacity,"
                        + " b.duosTaken, b.screening, b.training, b.status, b.matchingConsent from Buddy b"
                        + " where b.id = :id", Object[].class)
                .setParameter("id", buddyId).getResultStream().findFirst()
                .map(r -> new PlaceableBuddy((Long) r[0], r[1] + " " + r[2], (String) r[3], (String) r[4],
                        (Integer) r[5], (Integer) r[6], Buddy.isAvailable((ScreeningStatus) r[7],
                        (TrainingStatus) r[8], (BuddyStatus) r[9], (Boolean) r[10])));
    }

    @Override
    public boolean takeDuo(long buddyId) {
        boolean taken = em.createNativeQuery("update buddy set duos_taken = duos_taken + 1, version = version + 1"
                        + " where id = ? and duos_taken < capacity and " + JpaBuddyRepository.AVAILABLE_SQL)
                .setParameter(1, buddyId).executeUpdate() == 1;
        if (taken) {
            changes.changed(CandidateChanges.BUDDY, buddyId);
        }
        return taken;
    }

    @Override
    public void releaseDuo(long buddyId) {
        if (em.createNativeQuery("update buddy set duos_taken = duos_taken - 1, version = version + 1"
                + " where id = ? and duos_taken > 0").setParameter(1, buddyId).executeUpdate() == 1) {
            changes.changed(CandidateChanges.BUDDY, buddyId);
        }
    }
}
