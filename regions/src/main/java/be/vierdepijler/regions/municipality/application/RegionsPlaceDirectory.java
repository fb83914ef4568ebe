package be.vierdepijler.regions.municipality.application;

import be.vierdepijler.core.user.domain.MunicipalityPlace;
import be.vierdepijler.core.user.domain.PlaceDirectory;
import be.vierdepijler.regions.municipality.domain.Province;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
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
