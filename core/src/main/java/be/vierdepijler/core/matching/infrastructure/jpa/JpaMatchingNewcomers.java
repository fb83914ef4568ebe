package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.shared.infrastructure.Jdbc;

import be.vierdepijler.core.matching.domain.MatchStatus;
import be.vierdepijler.core.matching.domain.MatchingNewcomers;
import be.vierdepijler.core.matching.domain.MatchingPlaces;
import be.vierdepijler.core.matching.domain.NewcomerProfile;
import be.vierdepijler.core.matching.domain.Place;
import be.vierdepijler.core.spi.DutchLevel;
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
import java.util.Optional;
import java.util.Set;

/**
 * Newcomers as the matching reads them, straight from the newcomer and trajectory tables: one row per newcomer with
 * the profile aggregated, the consent to matching, the open trajectory and the match status.
 */
@ApplicationScoped
public class JpaMatchingNewcomers implements MatchingNewcomers {

    private static final String PROFILE = "select n.id, n.municipality_nis, n.network_id, n.dutch_level,"
            + " (select string_agg(l.language, ',') from newcomer_language l where l.newcomer_id = n.id),"
            + " (select string_agg(i.interest, ',') from newcomer_interest i where i.newcomer_id = n.id),"
            + " (select string_agg(a.time_slot, ',') from newcomer_availability a where a.newcomer_id = n.id)";

    private static final String CONSENTS = "exists (select 1 from newcomer_consent c where c.newcomer_id = n.id"
            + " and c.purpose = 'matching' and c.granted = true)";

    private static final String OPEN_TRAJECTORY = "(select min(t.id) from trajectory t where t.newcomer_id = n.id"
            + " and t.status in ('INTAKE', 'ACTIVE'))";

    private static final String RUNNING_DUO = "exists (select 1 from placement p join trajectory t"
            + " on t.id = p.trajectory_id where t.newcomer_id = n.id and p.buddy_id is not null"
            + " and p.status = 'ACTIVE')";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MatchingPlaces places;

    @Override
    public Optional<NewcomerToMatch> find(long newcomerId) {
        return Jdbc.query(em, PROFILE + ", case when " + CONSENTS + " then 1 else 0 end, " + OPEN_TRAJECTORY
                        + " from newcomer n where n.id = ?", List.of(newcomerId),
                row -> {
                    long trajectory = row.getLong(9);
                    // wasNull() speaks of the column read last: ask it before reading any other.
                    Long open = row.wasNull() ? null : trajectory;
                    return new NewcomerToMatch(profile(row), row.getInt(8) == 1, open);
                }).stream().findFirst();
    }

    @Override
    public List<NewcomerProfile> seekingBuddy(String networkId, Collection<MatchStatus> statuses) {
        List<String> codes = statuses.stream().map(Enum::name).toList();
        String status = "(s.status in (" + Jdbc.placeholders(codes) + ")"
                + (statuses.contains(MatchStatus.NO_MATCH) ? " or s.newcomer_id is null)" : ")");
        return Jdbc.query(em, PROFILE + " from newcomer n left join match_status s on s.newcomer_id = n.id"
                + " where n.network_id = ? and " + status + " and " + CONSENTS + " and " + OPEN_TRAJECTORY
                + " is not null and not " + RUNNING_DUO, List.of(networkId, codes), this::profile);
    }

    @Override
    public Map<Long, String> names(Collection<Long> newcomerIds) {
        Map<Long, String> names = new HashMap<>();
        if (newcomerIds.isEmpty()) {
            return names;
        }
        Set<Long> ids = Set.copyOf(newcomerIds);
        Jdbc.query(em, "select n.id, n.first_name, n.last_name from newcomer n where n.id in ("
                        + Jdbc.placeholders(ids) + ")", List.of(ids),
                row -> names.put(row.getLong(1), row.getString(2) + " " + row.getString(3)));
        return names;
    }

    private NewcomerProfile profile(ResultSet row) throws SQLException {
        String nis = row.getString(2);
        String network = row.getString(3);
        Place place = places.place(nis).orElseGet(() -> new Place(nis, network, null));
        String level = row.getString(4);
        return new NewcomerProfile(row.getLong(1), place, level == null ? null : DutchLevel.parse(level).orElse(null),
                Profiles.languages(row.getString(5)), Profiles.interests(row.getString(6)),
                Profiles.slots(row.getString(7)));
    }
}
