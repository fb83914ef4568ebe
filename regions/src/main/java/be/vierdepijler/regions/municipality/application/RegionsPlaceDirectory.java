package be.vierdepijler.regions.municipality.application;

import be.vierdepijler.core.user.domain.PlaceDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
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
}
