package be.vierdepijler.regions.offer.infrastructure.jpa;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferListing;
import be.vierdepijler.regions.offer.domain.OfferStatus;
import be.vierdepijler.regions.offer.domain.PublicOfferFilter;
import be.vierdepijler.regions.offer.domain.PublicOffers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public finder's offers in two statements per page (the page joined with organisation and municipality for
 * their names, and its count; the helpful languages of the page's offers in one more, batched), whatever the page
 * size: no statement per offer. The public conditions are on the offer row (status, period, approval) and on its
 * organisation (consent, active), reached by its primary key; "near" is the municipality's reference region, read
 * first.
 */
@ApplicationScoped
public class JpaPublicOffers implements PublicOffers {

    private static final String FROM = " from Offer o join Organisation org on org.id = o.organisationId"
            + " join Municipality m on m.nisCode = o.municipalityNis join RegionalNetwork n on n.id = o.networkId";

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public Page<OfferListing> find(PublicOfferFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = visible(filter.today(), params);
        if (filter.municipalityNis() != null) {
            where.append(" and o.municipalityNis = :nis");
            params.put("nis", filter.municipalityNis());
        }
        String order = " order by o.titleSearch, o.id";
        if (filter.nearNis() != null) {
            where.append(" and o.municipalityNis in :near");
            params.put("near", nearby(filter.nearNis()));
            order = " order by case when o.municipalityNis = :origin then 0 else 1 end, o.titleSearch, o.id";
        }
        if (filter.trajectoryTypeId() != null) {
            where.append(" and o.trajectoryTypeId = :type");
            params.put("type", filter.trajectoryTypeId());
        }
        if (filter.reportingCategory() != null) {
            where.append(" and o.reportingCategory = :category");
            params.put("category", filter.reportingCategory());
        }
        if (filter.weekday() != null) {
            where.append(" and o.weekdays like :weekday");
            params.put("weekday", "%" + filter.weekday() + "%");
        }
        if (filter.freeOnly()) {
            where.append(" and o.placesTaken < o.capacity");
        }
        if (filter.level() != null) {
            where.append(" and o.requiredLevel in :levels");
            params.put("levels", Arrays.stream(DutchLevel.values()).filter(filter.level()::isAtLeast).toList());
        }
        if (filter.query() != null) {
            JpaOfferRepository.textQuery(filter.query(), where, params);
        }
        TypedQuery<Object[]> select = em.createQuery("select o, org.name, m.name, n.name" + FROM + where + order,
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + FROM + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        if (filter.nearNis() != null) {
            select.setParameter("origin", filter.nearNis());
        }
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(JpaPublicOffers::toListing).toList(), page, count.getSingleResult());
    }

    @Override
    public Optional<OfferListing> find(long id, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = visible(today, params).append(" and o.id = :id");
        params.put("id", id);
        TypedQuery<Object[]> select = em.createQuery("select o, org.name, m.name, n.name" + FROM + where,
                Object[].class);
        params.forEach(select::setParameter);
        return select.getResultStream().findFirst().map(JpaPublicOffers::toListing);
    }

    /** The four public conditions: published and open today, approved, of an organisation that agreed. */
    private static StringBuilder visible(LocalDate today, Map<String, Object> params) {
        params.put("published", OfferStatus.PUBLISHED);
        params.put("today", today);
        return new StringBuilder(" where o.status = :published and o.approval.approvedAt is not null"
                + " and (o.activeFrom is null or o.activeFrom <= :today)"
                + " and (o.activeUntil is null or o.activeUntil >= :today)"
                + " and org.publicListing = true and org.active = true");
    }

    /** The municipality and the others of its reference region (its neighbours, as for a newcomer's residence). */
    private List<String> nearby(String nis) {
        List<String> region = em.createQuery("select m2.nisCode from Municipality m, Municipality m2"
                        + " where m.nisCode = :nis and m.referenceRegionCode is not null"
                        + " and m2.referenceRegionCode = m.referenceRegionCode", String.class)
                .setParameter("nis", nis).getResultList();
        return region.isEmpty() ? List.of(nis) : region;
    }

    private static OfferListing toListing(Object[] row) {
        return new OfferListing((Offer) row[0], (String) row[1], (String) row[2], (String) row[3]);
    }
}
