package be.vierdepijler.regions.municipality.infrastructure.jpa;

import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.port.Residence;
import be.vierdepijler.regions.municipality.domain.Province;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Answers core's questions about networks, municipalities and organisations (core's port, regions' data). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionsPlaceDirectory implements PlaceDirectory {

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public boolean networkExists(String networkId) {
        return networkId != null && !em.createQuery("select n.id from RegionalNetwork n where n.id = :id", String.class)
                .setParameter("id", networkId).getResultList().isEmpty();
    }

    @Override
    public Map<String, String> networkNames() {
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("select n.id, n.name from RegionalNetwork n order by n.name, n.id", Object[].class)
                .getResultStream().forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    @Override
    public Optional<String> networkOfMunicipality(String nisCode) {
        return em.createQuery("select m.networkId from Municipality m where m.nisCode = :nis", String.class)
                .setParameter("nis", nisCode).getResultStream().findFirst();
    }

    @Override
    public Optional<String> networkOfOrganisation(long organisationId) {
        return em.createQuery("select m.networkId from Organisation o join Municipality m"
                        + " on m.nisCode = o.municipalityNis where o.id = :id", String.class)
                .setParameter("id", organisationId).getResultStream().findFirst();
    }

    @Override
    public Set<Long> organisationsIn(Set<String> networkIds) {
        if (networkIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select o.id from Organisation o join Municipality m"
                        + " on m.nisCode = o.municipalityNis where m.networkId in :ids", Long.class)
                .setParameter("ids", networkIds).getResultList());
    }

    @Override
    public Set<String> municipalitiesIn(Set<String> networkIds) {
        if (networkIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select m.nisCode from Municipality m where m.networkId in :ids",
                String.class).setParameter("ids", networkIds).getResultList());
    }

    /**
     * Neighbours are, for want of adjacency data, the other municipalities of the same reference region
     * (referentieregio; see docs/adr/0009). This is the one place to change when real adjacency data arrives.
     */
    @Override
    public Optional<Residence> residence(String nisCode, LocalDate on) {
        List<Object[]> rows = em.createQuery("select m.name, m.networkId, m.referenceRegionCode,"
                        + " m.membership.participatingFrom, m.membership.participatingUntil"
                        + " from Municipality m where m.nisCode = :nis", Object[].class)
                .setParameter("nis", nisCode).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        boolean participates = participates((LocalDate) row[3], (LocalDate) row[4], on);
        List<String> neighbours = row[2] == null ? List.of() : em.createQuery("select m.name from Municipality m"
                        + " where m.referenceRegionCode = :region and m.nisCode <> :nis"
                        + " and m.membership.participatingFrom <= :on and (m.membership.participatingUntil is null"
                        + " or m.membership.participatingUntil >= :on) order by m.nameSearch", String.class)
                .setParameter("region", row[2]).setParameter("nis", nisCode).setParameter("on", on)
                .setMaxResults(20).getResultList();
        return Optional.of(new Residence(nisCode, (String) row[0], (String) row[1], participates, neighbours));
    }

    private static boolean participates(LocalDate from, LocalDate until, LocalDate on) {
        return from != null && !on.isBefore(from) && (until == null || !on.isAfter(until));
    }

    @Override
    public Map<String, MunicipalityPlace> places(Set<String> nisCodes) {
        Map<String, MunicipalityPlace> places = new HashMap<>();
        if (nisCodes.isEmpty()) {
            return places;
        }
        em.createQuery("select m.nisCode, m.name, n.id, n.name, m.province from Municipality m"
                        + " join RegionalNetwork n on n.id = m.networkId where m.nisCode in :nis", Object[].class)
                .setParameter("nis", nisCodes).getResultStream().forEach(row -> {
                    Province province = (Province) row[4];
                    places.put((String) row[0], new MunicipalityPlace((String) row[0], (String) row[1],
                            (String) row[2], (String) row[3], province == null ? null : province.code(),
                            province == null ? null : province.label()));
                });
        return places;
    }
}
