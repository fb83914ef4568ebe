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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.Session;

/**
 * Core's matching port on the catalogue: the offers a newcomer may be suggested, pre-selected in one query
 * (published, running on the day, a free place, a level within reach, in the network or province) with their helpful
 * languages aggregated, so that 20,000 offers in a network are read in tens of milliseconds. An offer's schedule is
 * free text, so it gives the matching no weekly slots.
 */
@ApplicationScoped
public class JpaOfferCandidates implements OfferCandidates {

    private static final String SELECT = "select o.id, o.municipality_nis, o.required_level,"
            + " o.capacity - o.places_taken, o.trajectory_type_id, o.title, o.organisation_id, g.name,"
            + " (select string_agg(l.language, ',') from offer_language l where l.offer_id = o.id)"
            + " from offer o join organisation g on g.id = o.organisation_id"
            + " where o.status = 'PUBLISHED' and o.places_taken < o.capacity"
            + " and (o.active_from is null or o.active_from <= ?)"
            + " and (o.active_until is null or o.active_until >= ?)"
            + " and o.required_level in (:levels)";

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Inject
    MatchingPlaces places;

    @Override
    public List<OfferOption> near(String networkId, Set<String> municipalities, DutchLevel atMost, LocalDate on) {
        List<String> levels = Arrays.stream(DutchLevel.values()).filter(atMost::isAtLeast).map(Enum::name).toList();
        String sql = SELECT.replace(":levels", placeholders(levels))
                + (municipalities.isEmpty() ? " and o.network_id = ?"
                : " and (o.network_id = ? or o.municipality_nis in (" + placeholders(municipalities) + "))");
        List<Object> parameters = new ArrayList<>();
        parameters.add(Date.valueOf(on));
        parameters.add(Date.valueOf(on));
        parameters.addAll(levels);
        parameters.add(networkId);
        parameters.addAll(municipalities);
        // Plain JDBC on the persistence context's connection: 20,000 rows through a native JPA query's row handling
        // would alone cost more than a suggestion may take.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                statement.setFetchSize(1000);
                List<OfferOption> options = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        options.add(option(row));
                    }
                }
                return options;
            }
        });
    }

    private OfferOption option(ResultSet row) throws SQLException {
        String nis = row.getString(2);
        Place place = places.place(nis).orElseGet(() -> new Place(nis, null, null));
        OfferCandidate candidate = new OfferCandidate(row.getLong(1), place,
                DutchLevel.parse(row.getString(3)).orElse(DutchLevel.A0), languages(row.getString(9)),
                Availability.NONE, row.getInt(4), row.getString(5));
        return new OfferOption(candidate, row.getString(6), row.getLong(7), row.getString(8));
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
