package be.vierdepijler.regions.offer.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.Availability;
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
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;

/**
 * Core's matching port on the catalogue: the offers a newcomer may be suggested (published, running on the day, a
 * free place, a level within reach, in the network or province). The published offers with a free place of a network
 * are read in one query (helpful languages aggregated) and kept per network until a cheap grouped query shows that
 * the network's offers or their organisations changed: reading 20,000 offers takes H2 tens of milliseconds of CPU,
 * more than a suggestion may take. The day and the level are applied in memory. An offer's schedule is free text, so
 * it gives the matching no weekly slots.
 */
@ApplicationScoped
public class JpaOfferCandidates implements OfferCandidates {

    private static final String SELECT = "select o.id, o.municipality_nis, o.required_level,"
            + " o.capacity - o.places_taken, o.trajectory_type_id, o.title, o.organisation_id, g.name,"
            + " (select string_agg(l.language, ',') from offer_language l where l.offer_id = o.id),"
            + " o.active_from, o.active_until"
            + " from offer o join organisation g on g.id = o.organisation_id"
            + " where o.status = 'PUBLISHED' and o.places_taken < o.capacity and o.network_id = ?";

    /** Every change of an offer raises its version but a place taken or given back, and a rename its organisation's. */
    private static final String STAMPS = "select o.network_id, count(*), sum(o.id), sum(o.version),"
            + " sum(o.places_taken), sum(g.version) from offer o join organisation g on g.id = o.organisation_id"
            + " where o.network_id in (%s) group by o.network_id";

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Inject
    MatchingPlaces places;

    /** An offer as kept: the option and the period it runs. */
    private record Kept(OfferOption option, LocalDate from, LocalDate until) {
    }

    private record Snapshot(String stamp, List<Kept> offers) {
    }

    private final Map<String, Snapshot> cache = new ConcurrentHashMap<>();

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

    private Map<String, List<Kept>> current(Set<String> networks) {
        List<String> ids = List.copyOf(networks);
        Map<String, String> stamps = new HashMap<>();
        query(String.format(STAMPS, placeholders(ids)), new ArrayList<>(ids), row -> stamps.put(row.getString(1),
                row.getLong(2) + ":" + row.getLong(3) + ":" + row.getLong(4) + ":" + row.getLong(5) + ":"
                        + row.getLong(6)));
        Map<String, List<Kept>> byNetwork = new HashMap<>();
        for (String network : ids) {
            String stamp = stamps.get(network);
            if (stamp == null) {
                cache.remove(network);
                byNetwork.put(network, List.of());
                continue;
            }
            Snapshot known = cache.get(network);
            if (known == null || !known.stamp().equals(stamp)) {
                known = new Snapshot(stamp, List.copyOf(query(SELECT, List.of(network), this::kept)));
                cache.put(network, known);
            }
            byNetwork.put(network, known.offers());
        }
        return byNetwork;
    }

    private Kept kept(ResultSet row) throws SQLException {
        String nis = row.getString(2);
        Place place = places.place(nis).orElseGet(() -> new Place(nis, null, null));
        OfferCandidate candidate = new OfferCandidate(row.getLong(1), place,
                DutchLevel.parse(row.getString(3)).orElse(DutchLevel.A0), languages(row.getString(9)),
                Availability.NONE, row.getInt(4), row.getString(5));
        Date from = row.getDate(10);
        Date until = row.getDate(11);
        return new Kept(new OfferOption(candidate, row.getString(6), row.getLong(7), row.getString(8)),
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
