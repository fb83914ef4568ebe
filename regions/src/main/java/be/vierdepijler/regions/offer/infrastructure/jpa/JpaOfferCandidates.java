package be.vierdepijler.regions.offer.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.Availability;
import be.vierdepijler.core.matching.domain.CandidateChanges;
import be.vierdepijler.core.matching.domain.KeptCandidates;
import be.vierdepijler.core.matching.domain.MatchingPlaces;
import be.vierdepijler.core.matching.domain.OfferCandidate;
import be.vierdepijler.core.matching.domain.OfferCandidates;
import be.vierdepijler.core.matching.domain.Place;
import be.vierdepijler.core.spi.DutchLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Core's matching port on the catalogue: the offers a newcomer may be suggested (published, running on the day, a
 * free place, a level within reach, in the network or province). The published offers with a free place of a network
 * are read in one query (helpful languages aggregated) and kept per network until the network's generation shows
 * that its offers changed: reading 20,000 offers takes H2 tens of milliseconds of CPU, more than a suggestion may
 * take. The day and the level are applied in memory; the organisations' names are read for the offers shown only,
 * so that a renamed organisation shows its new name at once. An offer's schedule is free text, so
 * it gives the matching no weekly slots.
 */
@ApplicationScoped
public class JpaOfferCandidates implements OfferCandidates {

    private static final String SELECT = "select o.id, o.municipality_nis, o.required_level,"
            + " o.capacity - o.places_taken, o.trajectory_type_id, o.title, o.organisation_id,"
            + " (select string_agg(l.language, ',') from offer_language l where l.offer_id = o.id),"
            + " o.active_from, o.active_until"
            + " from offer o where o.status = 'PUBLISHED' and o.places_taken < o.capacity and o.network_id = ?";

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Inject
    MatchingPlaces places;

    @Inject
    CandidateChanges changes;

    /** An offer as kept: the option and the period it runs. */
    private record Kept(OfferOption option, LocalDate from, LocalDate until) {
    }

    private final KeptCandidates<Kept> kept = new KeptCandidates<>();

    @Override
    public List<OfferOption> near(String networkId, Set<String> municipalities, DutchLevel atMost, LocalDate on) {
        Set<String> networks = new HashSet<>();
        networks.add(networkId);
        for (String nis : municipalities) {
            places.place(nis).map(Place::networkId).ifPresent(networks::add);
        }
        List<OfferOption> options = new ArrayList<>();
        for (Map.Entry<String, List<Kept>> network : current(networks).entrySet()) {
            boolean own = network.getKey().equals(networkId);
            for (Kept kept : network.getValue()) {
                OfferCandidate c = kept.option().candidate();
                if ((own || municipalities.contains(c.place().municipalityNis()))
                        && atMost.isAtLeast(c.requiredLevel())
                        && (kept.from() == null || !kept.from().isAfter(on))
                        && (kept.until() == null || !kept.until().isBefore(on))) {
                    options.add(kept.option());
                }
            }
        }
        return options;
    }

    /**
     * The published offers with a free place of these networks: from memory when a network's generation
     * ({@link CandidateChanges}, one primary-key read) is the one they were read at, from the database otherwise.
     * Every change of an offer raises its network's generation in the changing transaction (the entity's listener,
     * the conditional updates of its places), so a stale list is never served; each node keeps and checks its own.
     */
    private Map<String, List<Kept>> current(Set<String> networks) {
        return kept.current(networks, changes.generations(CandidateChanges.OFFER, networks),
                network -> query(SELECT, List.of(network), this::kept));
    }

    @Override
    public Map<Long, String> organisationNames(Collection<Long> organisationIds) {
        Map<Long, String> names = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return names;
        }
        List<Long> ids = List.copyOf(Set.copyOf(organisationIds));
        query("select g.id, g.name from organisation g where g.id in (" + placeholders(ids) + ")", ids,
                row -> names.put(row.getLong(1), row.getString(2)));
        return names;
    }

    private Kept kept(ResultSet row) throws SQLException {
        String nis = row.getString(2);
        Place place = places.place(nis).orElseGet(() -> new Place(nis, null, null));
        OfferCandidate candidate = new OfferCandidate(row.getLong(1), place,
                DutchLevel.parse(row.getString(3)).orElse(DutchLevel.A0), languages(row.getString(8)),
                Availability.NONE, row.getInt(4), row.getString(5));
        Date from = row.getDate(9);
        Date until = row.getDate(10);
        return new Kept(new OfferOption(candidate, row.getString(6), row.getLong(7)),
                from == null ? null : from.toLocalDate(), until == null ? null : until.toLocalDate());
    }

    /** Turns the current row into a value. */
    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Plain JDBC on the persistence context's connection: thousands of rows through a native JPA query's row handling
     * would alone cost more than a suggestion may take.
     */
    private <T> List<T> query(String sql, List<?> parameters, Row<T> mapper) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                statement.setFetchSize(1000);
                List<T> rows = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        rows.add(mapper.read(row));
                    }
                }
                return rows;
            }
        });
    }

    private static String placeholders(Collection<?> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    private static Set<String> languages(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.stream(joined.split(",")).map(l -> l.strip().toLowerCase(Locale.ROOT)).toList());
    }
}
