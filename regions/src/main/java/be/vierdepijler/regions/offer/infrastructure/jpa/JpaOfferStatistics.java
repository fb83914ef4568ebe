package be.vierdepijler.regions.offer.infrastructure.jpa;

import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.regions.offer.domain.OfferCounts;
import be.vierdepijler.regions.offer.domain.OfferStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * One aggregate query over {@code offer}: narrowed by {@code network_id} ({@code ix_offer_network} starts with
 * network and status), by {@code municipality_nis}, or by status alone ({@code ix_offer_status}).
 */
@ApplicationScoped
public class JpaOfferStatistics implements OfferStatistics {

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public OfferCounts open(ReportScope scope, java.time.LocalDate day) {
        StringBuilder sql = new StringBuilder("select count(*), sum(capacity), sum(capacity - places_taken),"
                + " sum(case when places_taken < capacity then 1 else 0 end) from offer where status = 'PUBLISHED'"
                + " and (active_from is null or active_from <= :day) and (active_until is null or active_until >= :day)");
        if (scope.networkIds() != null) {
            sql.append(" and network_id in (:networks)");
        }
        if (scope.municipalityNis() != null) {
            sql.append(" and municipality_nis = :nis");
        }
        Query query = em.createNativeQuery(sql.toString()).setParameter("day", day);
        if (scope.networkIds() != null) {
            query.setParameter("networks", scope.networkIdsForQuery());
        }
        if (scope.municipalityNis() != null) {
            query.setParameter("nis", scope.municipalityNis());
        }
        Object[] r = (Object[]) query.getSingleResult();
        return new OfferCounts(n(r[0]), n(r[1]), n(r[2]), n(r[3]));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
