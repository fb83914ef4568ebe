package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.BuddyCandidate;
import be.vierdepijler.core.matching.domain.BuddyCandidates;
import be.vierdepijler.core.matching.domain.MatchingPlaces;
import be.vierdepijler.core.matching.domain.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        return Jdbc.query(em, PROFILE + " and (b.network_id = ? or b.municipality_nis in ("
                + Jdbc.placeholders(municipalities) + "))", List.of(networkId, municipalities), this::candidate);
    }

    @Override
    public List<BuddyCandidate> inNetwork(String networkId) {
        return Jdbc.query(em, PROFILE + " and b.network_id = ?", List.of(networkId), this::candidate);
    }

    @Override
    public Map<Long, String> names(Collection<Long> buddyIds) {
        Map<Long, String> names = new HashMap<>();
        if (buddyIds.isEmpty()) {
            return names;
        }
        Set<Long> ids = Set.copyOf(buddyIds);
        Jdbc.query(em, "select b.id, b.first_name, b.last_name from buddy b where b.id in ("
                        + Jdbc.placeholders(ids) + ")", List.of(ids),
                row -> names.put(row.getLong(1), row.getString(2) + " " + row.getString(3)));
        return names;
    }

    private BuddyCandidate candidate(ResultSet row) throws SQLException {
        String nis = row.getString(2);
        Place place = places.place(nis).orElseGet(() -> new Place(nis, null, null));
        return new BuddyCandidate(row.getLong(1), place, Profiles.languages(row.getString(4)),
                Profiles.interests(row.getString(5)), Profiles.slots(row.getString(6)), row.getInt(3),
                BuddyCandidate.BUDDY_TYPE);
    }
}
