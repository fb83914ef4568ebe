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
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
            + " and (o.active_from is null or o.active_from <= :today)"
            + " and (o.active_until is null or o.active_until >= :today)"
            + " and o.required_level in (:levels)";

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Inject
    MatchingPlaces places;

    @Override
    public List<OfferOption> near(String networkId, Set<String> municipalities, DutchLevel atMost, LocalDate on) {
        List<String> levels = Arrays.stream(DutchLevel.values()).filter(atMost::isAtLeast).map(Enum::name).toList();
        Query query = municipalities.isEmpty()
                ? em.createNativeQuery(SELECT + " and o.network_id = :network")
                : em.createNativeQuery(SELECT + " and (o.network_id = :network or o.municipality_nis in (:nis))")
                        .setParameter("nis", municipalities);
        query.setParameter("network", networkId).setParameter("today", on).setParameter("levels", levels);
        List<OfferOption> options = new ArrayList<>();
        for (Object[] row : rows(query)) {
            String nis = (String) row[1];
            Place place = places.place(nis).orElse(new Place(nis, null, null));
            OfferCandidate candidate = new OfferCandidate(((Number) row[0]).longValue(), place,
                    DutchLevel.parse((String) row[2]).orElse(DutchLevel.A0), languages(row[8]), Availability.NONE,
                    ((Number) row[3]).intValue(), (String) row[4]);
            options.add(new OfferOption(candidate, (String) row[5], ((Number) row[6]).longValue(), (String) row[7]));
        }
        return options;
    }

    private static Set<String> languages(Object joined) {
        if (joined == null || joined.toString().isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.stream(joined.toString().split(","))
                .map(l -> l.strip().toLowerCase(Locale.ROOT)).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
