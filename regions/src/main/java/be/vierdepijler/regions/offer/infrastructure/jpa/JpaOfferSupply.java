package be.vierdepijler.regions.offer.infrastructure.jpa;

import be.vierdepijler.core.port.FreePlaces;
import be.vierdepijler.core.port.OfferSupply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;

/**
 * Core's supply-and-demand port on the catalogue: the free places of the published offers of a network whose active
 * period covers the day (an open start or end counts as covering), per municipality and trajectory type, in one
 * {@code GROUP BY} that {@code ix_offer_network} (network, status) leads. Drafts, closed offers and offers whose
 * period ended or has not begun are left out; a full offer adds no free place.
 */
@ApplicationScoped
public class JpaOfferSupply implements OfferSupply {

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<FreePlaces> freePlaces(String networkId, String municipalityNis, LocalDate day) {
        Query query = em.createNativeQuery("select municipality_nis, trajectory_type_id, count(*),"
                        + " sum(capacity - places_taken) from offer where network_id = :network"
                        + " and status = 'PUBLISHED' and (active_from is null or active_from <= :day)"
                        + " and (active_until is null or active_until >= :day)"
                        + (municipalityNis == null ? "" : " and municipality_nis = :nis")
                        + " group by municipality_nis, trajectory_type_id")
                .setParameter("network", networkId).setParameter("day", day);
        if (municipalityNis != null) {
            query.setParameter("nis", municipalityNis);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new FreePlaces((String) r[0], (String) r[1], count(r[2]), count(r[3])))
                .toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
