package be.vierdepijler.regions.municipality.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.MatchingPlaces;
import be.vierdepijler.core.matching.domain.Place;
import be.vierdepijler.regions.municipality.domain.Province;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Core's matching port: where each municipality lies (network, province). The 304 municipalities, their networks and
 * provinces are reference data that only a migration changes, so they are read once per deployment and kept;
 * membership (which changes) plays no part in nearness. Deliberately without a transaction interceptor: the candidate
 * queries call {@link #place} once per row, tens of thousands of times per request.
 */
@ApplicationScoped
public class RegionsMatchingPlaces implements MatchingPlaces {

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    private volatile Known known;

    /** The reference data as read once. */
    private record Known(Map<String, Place> places, Map<String, String> names, Map<String, Set<String>> byProvince) {
    }

    @Override
    public Optional<Place> place(String municipalityNis) {
        return Optional.ofNullable(known().places().get(municipalityNis));
    }

    @Override
    public String name(String municipalityNis) {
        return known().names().getOrDefault(municipalityNis, municipalityNis);
    }

    @Override
    public Set<String> municipalitiesOfProvince(String province) {
        return province == null ? Set.of() : known().byProvince().getOrDefault(province, Set.of());
    }

    private Known known() {
        Known read = known;
        if (read == null) {
            read = read();
            known = read;
        }
        return read;
    }

    private Known read() {
        Map<String, Place> places = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Set<String>> byProvince = new HashMap<>();
        for (Object[] row : em.createQuery("select m.nisCode, m.name, m.networkId, m.province from Municipality m",
                Object[].class).getResultList()) {
            String nis = (String) row[0];
            String province = row[3] == null ? null : ((Province) row[3])
                    .code();
            places.put(nis, new Place(nis, (String) row[2], province));
            names.put(nis, (String) row[1]);
            if (province != null) {
                byProvince.computeIfAbsent(province, p -> new HashSet<>()).add(nis);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        byProvince.forEach((p, codes) -> frozen.put(p, Set.copyOf(codes)));
        return new Known(Map.copyOf(places), Map.copyOf(names), Map.copyOf(frozen));
    }
}
