package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.Availability;
import be.vierdepijler.core.matching.domain.Interests;
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
import jakarta.persistence.Query;
import java.util.ArrayList;
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
        List<Object[]> rows = rows(em.createNativeQuery(PROFILE + ", case when " + CONSENTS
                + " then 1 else 0 end, " + OPEN_TRAJECTORY + " from newcomer n where n.id = :id")
                .setParameter("id", newcomerId));
        return rows.stream().findFirst().map(row -> new NewcomerToMatch(profile(row),
                Profiles.number(row[7]) == 1, row[8] == null ? null : Profiles.number(row[8])));
    }

    @Override
    public List<NewcomerProfile> seekingBuddy(String networkId, Collection<MatchStatus> statuses) {
        boolean noRowCounts = statuses.contains(MatchStatus.NO_MATCH);
        String status = "(s.status in (:statuses)" + (noRowCounts ? " or s.newcomer_id is null)" : ")");
        List<NewcomerProfile> profiles = new ArrayList<>();
        for (Object[] row : rows(em.createNativeQuery(PROFILE + " from newcomer n"
                        + " left join match_status s on s.newcomer_id = n.id"
                        + " where n.network_id = :network and " + status + " and " + CONSENTS
                        + " and " + OPEN_TRAJECTORY + " is not null and not " + RUNNING_DUO)
                .setParameter("network", networkId)
                .setParameter("statuses", statuses.stream().map(Enum::name).toList()))) {
            profiles.add(profile(row));
        }
        return profiles;
    }

    @Override
    public Map<Long, String> names(Collection<Long> newcomerIds) {
        Map<Long, String> names = new HashMap<>();
        if (newcomerIds.isEmpty()) {
            return names;
        }
        for (Object[] row : rows(em.createNativeQuery("select n.id, n.first_name, n.last_name from newcomer n"
                + " where n.id in (:ids)").setParameter("ids", Set.copyOf(newcomerIds)))) {
            names.put(Profiles.number(row[0]), row[1] + " " + row[2]);
        }
        return names;
    }

    private NewcomerProfile profile(Object[] row) {
        String nis = (String) row[1];
        Place place = places.place(nis).orElse(new Place(nis, (String) row[2], null));
        return new NewcomerProfile(Profiles.number(row[0]), place,
                row[3] == null ? null : DutchLevel.parse((String) row[3]).orElse(null),
                Set.copyOf(Profiles.languages(row[4])), Interests.of(Profiles.interests(row[5])),
                Availability.of(Profiles.slots(row[6])));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
