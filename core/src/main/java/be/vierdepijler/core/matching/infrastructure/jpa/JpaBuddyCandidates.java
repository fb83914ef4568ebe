package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.Availability;
import be.vierdepijler.core.matching.domain.BuddyCandidate;
import be.vierdepijler.core.matching.domain.BuddyCandidates;
import be.vierdepijler.core.matching.domain.Interests;
import be.vierdepijler.core.matching.domain.MatchingPlaces;
import be.vierdepijler.core.matching.domain.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Buddies who may be matched, read straight from the buddy tables in one query: the candidate's profile comes back as
 * one row with its languages, interests and slots aggregated, so that 15,000 candidates are read in a few tens of
 * milliseconds (an entity per buddy with three collections would take seconds).
 */
@ApplicationScoped
public class JpaBuddyCandidates implements BuddyCandidates {

    /** The buddy aggregate's "available" rule (screened, trained, active, consenting) plus a free duo. */
    static final String MATCHABLE = "b.screening = 'SCREENED' and b.training = 'TRAINED' and b.status = 'ACTIVE'"
            + " and b.matching_consent = true and b.erased_at is null and b.duos_taken < b.capacity";

    private static final String PROFILE = "select b.id, b.municipality_nis, b.capacity - b.duos_taken,"
            + " (select string_agg(l.language, ',') from buddy_language l where l.buddy_id = b.id),"
            + " (select string_agg(i.interest, ',') from buddy_interest i where i.buddy_id = b.id),"
            + " (select string_agg(a.time_slot, ',') from buddy_availability a where a.buddy_id = b.id)"
            + " from buddy b where " + MATCHABLE;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MatchingPlaces places;

    @Override
    public List<BuddyCandidate> near(String networkId, Set<String> municipalities) {
        if (municipalities.isEmpty()) {
            return inNetwork(networkId);
        }
        Query query = em.createNativeQuery(PROFILE + " and (b.network_id = :network or b.municipality_nis in (:nis))")
                .setParameter("network", networkId).setParameter("nis", municipalities);
        return read(query);
    }

    @Override
    public List<BuddyCandidate> inNetwork(String networkId) {
        return read(em.createNativeQuery(PROFILE + " and b.network_id = :network")
                .setParameter("network", networkId));
    }

    @Override
    public Map<Long, String> names(Collection<Long> buddyIds) {
        Map<Long, String> names = new HashMap<>();
        if (buddyIds.isEmpty()) {
            return names;
        }
        for (Object[] row : rows(em.createNativeQuery("select b.id, b.first_name, b.last_name from buddy b"
                + " where b.id in (:ids)").setParameter("ids", Set.copyOf(buddyIds)))) {
            names.put(Profiles.number(row[0]), row[1] + " " + row[2]);
        }
        return names;
    }

    private List<BuddyCandidate> read(Query query) {
        List<BuddyCandidate> candidates = new ArrayList<>();
        for (Object[] row : rows(query)) {
            String nis = (String) row[1];
            Place place = places.place(nis).orElse(new Place(nis, null, null));
            candidates.add(new BuddyCandidate(Profiles.number(row[0]), place, Set.copyOf(Profiles.languages(row[3])),
                    Interests.of(Profiles.interests(row[4])), Availability.of(Profiles.slots(row[5])),
                    (int) Profiles.number(row[2]), BuddyCandidate.BUDDY_TYPE));
        }
        return candidates;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
