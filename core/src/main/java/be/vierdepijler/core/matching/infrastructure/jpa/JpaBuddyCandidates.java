package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.shared.infrastructure.Jdbc;

import be.vierdepijler.core.matching.domain.BuddyCandidate;
import be.vierdepijler.core.matching.domain.BuddyCandidates;
import be.vierdepijler.core.matching.domain.CandidateChanges;
import be.vierdepijler.core.matching.domain.KeptCandidates;
import be.vierdepijler.core.matching.domain.MatchingPlaces;
import be.vierdepijler.core.matching.domain.Place;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Buddies who may be matched, read straight from the buddy tables in one query per network (the candidate's profile
 * comes back as one row with its languages, interests and slots aggregated) and kept per network until the network's
 * generation shows that its buddies changed: reading 15,000 profiles takes H2 some 50 ms of CPU, more than a whole
 * suggestion may take, while the check is one primary-key read.
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

    @Inject
    CandidateChanges changes;

    @Inject
    TrajectoryTypeRegistry types;

    private final KeptCandidates<BuddyCandidate> kept = new KeptCandidates<>();

    @Override
    public List<BuddyCandidate> near(String networkId, Set<String> municipalities) {
        Set<String> networks = new HashSet<>();
        networks.add(networkId);
        for (String nis : municipalities) {
            places.place(nis).map(Place::networkId).ifPresent(networks::add);
        }
        List<BuddyCandidate> near = new ArrayList<>();
        for (Map.Entry<String, List<BuddyCandidate>> network : current(networks).entrySet()) {
            if (network.getKey().equals(networkId)) {
                near.addAll(network.getValue());
            } else {
                for (BuddyCandidate buddy : network.getValue()) {
                    if (municipalities.contains(buddy.place().municipalityNis())) {
                        near.add(buddy);
                    }
                }
            }
        }
        return near;
    }

    @Override
    public List<BuddyCandidate> inNetwork(String networkId) {
        return current(Set.of(networkId)).getOrDefault(networkId, List.of());
    }

    /**
     * The matchable buddies of these networks: from memory when a network's generation ({@link CandidateChanges},
     * one primary-key read) is the one they were read at, from the database otherwise. Every change of a buddy raises
     * its network's generation in the changing transaction (the entity's listener, {@code BuddyPlaces}' conditional
     * updates, the erasure's claim), so a stale list is never served; each node of a cluster keeps and checks its own.
     */
    private Map<String, List<BuddyCandidate>> current(Set<String> networks) {
        return kept.current(networks, changes.generations(CandidateChanges.BUDDY, networks),
                network -> Jdbc.query(em, PROFILE + " and b.network_id = ?", List.of(network), this::candidate));
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
                types.onlyPlacedWith(PlacedWith.BUDDY).map(TrajectoryType::id).orElse(null));
    }
}
