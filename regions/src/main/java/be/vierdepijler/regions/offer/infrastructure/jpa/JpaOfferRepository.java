package be.vierdepijler.regions.offer.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.CandidateChanges;
import be.vierdepijler.core.port.PlaceableOffer;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.regions.offer.domain.DraftScope;
import be.vierdepijler.regions.offer.domain.DutchText;
import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferFacets;
import be.vierdepijler.regions.offer.domain.OfferFilter;
import be.vierdepijler.regions.offer.domain.OfferListing;
import be.vierdepijler.regions.offer.domain.OfferRepository;
import be.vierdepijler.regions.offer.domain.OfferSearchTerm;
import be.vierdepijler.regions.offer.domain.OfferStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Offers filtered, searched, counted and paged in the database. The count reads the offer table alone (the network is
 * on the row); the page joins organisation, municipality and network for their names. Every word of a full-text query
 * is one {@code exists} on {@code offer_search_term}, which its index {@code (term, offer_id)} answers.
 */
@ApplicationScoped
public class JpaOfferRepository implements OfferRepository {

    /**
     * Takes a place only while one is free, in one statement: the database serialises concurrent updates of the row,
     * and the second re-reads {@code places_taken} after the first commits, so the last place goes to one of them.
     */
    public static final String TAKE_PLACE =
            "update offer set places_taken = places_taken + 1 where id = ? and places_taken < capacity";
    /** Gives a place back, never below zero. */
    public static final String RELEASE_PLACE =
            "update offer set places_taken = places_taken - 1 where id = ? and places_taken > 0";

    private static final String JOINS = " join Organisation org on org.id = o.organisationId"
            + " join Municipality m on m.nisCode = o.municipalityNis join RegionalNetwork n on n.id = o.networkId";
    private static final Map<String, String> SORT = Map.of("title", "o.titleSearch", "municipality", "m.nameSearch",
            "freePlaces", "(o.capacity - o.placesTaken)", "newest", "o.createdAt");

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    /** A place taken or given back changes the matching's offers of the network. */
    @Inject
    CandidateChanges changes;

    @Override
    public Page<OfferListing> find(OfferFilter filter, DraftScope drafts, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, drafts, params);
        String order = " order by " + SORT.get(page.sortField())
                + (page.descending() != page.sortField().equals("newest") ? " desc" : " asc") + ", o.id asc";
        TypedQuery<Object[]> select = em.createQuery("select o, org.name, m.name, n.name from Offer o" + JOINS
                + where + order, Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(o) from Offer o" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(JpaOfferRepository::toListing).toList(), page, count.getSingleResult());
    }

    @Override
    public OfferFacets facets(OfferFilter filter, DraftScope drafts) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, drafts, params);
        List<OfferFacets.Count> types = counts("select o.trajectoryTypeId, o.reportingCategory, count(o) from Offer o"
                + where + " group by o.trajectoryTypeId, o.reportingCategory", params);
        List<OfferFacets.Count> networks = counts("select n.id, n.name, count(o) from Offer o join RegionalNetwork n"
                + " on n.id = o.networkId" + where + " group by n.id, n.name", params);
        List<OfferFacets.Count> levels = counts("select o.requiredLevel, count(o) from Offer o" + where
                + " group by o.requiredLevel", params);
        List<OfferFacets.Count> statuses = counts("select o.status, count(o) from Offer o" + where
                + " group by o.status", params);
        return new OfferFacets(statuses.stream().mapToLong(OfferFacets.Count::count).sum(), types, networks, levels,
                statuses);
    }

    private List<OfferFacets.Count> counts(String jpql, Map<String, Object> params) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultStream().map(r -> r.length == 2
                ? new OfferFacets.Count(((Enum<?>) r[0]).name(), null, (Long) r[1])
                : new OfferFacets.Count((String) r[0], (String) r[1], (Long) r[2])).toList();
    }

    /** The where clause of a filtered, scoped list; its parameters go into {@code params}. */
    private static String where(OfferFilter filter, DraftScope drafts, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        visibleDrafts(drafts, where, params);
        if (filter.networkId() != null) {
            where.append(" and o.networkId = :network");
            params.put("network", filter.networkId());
        }
        if (filter.municipalityNis() != null) {
            where.append(" and o.municipalityNis = :nis");
            params.put("nis", filter.municipalityNis());
        }
        if (filter.organisationId() != null) {
            where.append(" and o.organisationId = :organisation");
            params.put("organisation", filter.organisationId());
        }
        if (filter.trajectoryTypeId() != null) {
            where.append(" and o.trajectoryTypeId = :type");
            params.put("type", filter.trajectoryTypeId());
        }
        if (filter.reportingCategory() != null) {
            where.append(" and o.reportingCategory = :category");
            params.put("category", filter.reportingCategory());
        }
        if (filter.level() != null) {
            where.append(" and o.requiredLevel in :levels");
            params.put("levels", Arrays.stream(DutchLevel.values()).filter(filter.level()::isAtLeast).toList());
        }
        if (filter.freePlaces() != null) {
            where.append(filter.freePlaces() ? " and o.placesTaken < o.capacity" : " and o.placesTaken >= o.capacity");
        }
        if (filter.status() != null) {
            where.append(" and o.status = :status");
            params.put("status", filter.status());
        }
        if (filter.activeOn() != null) {
            where.append(" and (o.activeFrom is null or o.activeFrom <= :day)"
                    + " and (o.activeUntil is null or o.activeUntil >= :day)");
            params.put("day", filter.activeOn());
        }
        if (filter.approved() != null) {
            where.append(filter.approved() ? " and o.approval.approvedAt is not null"
                    : " and o.approval.approvedAt is null");
        }
        if (filter.query() != null) {
            textQuery(filter.query(), where, params);
        }
        return where.toString();
    }

    /** Every word of the query as one {@code exists} on the search terms; the last one also as a prefix. */
    static void textQuery(DutchText.Query query, StringBuilder where, Map<String, Object> params) {
        List<DutchText.Word> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and exists (select 1 from OfferSearchTerm t where t.key.offerId = o.id and ");
            if (i == words.size() - 1) {
                // the last word may still be typed: its stem, or any word it begins
                where.append("(t.key.term = :s").append(i).append(" or t.key.term like :p").append(i)
                        .append(" escape '!'))");
                params.put("p" + i, likePrefix(words.get(i).folded()));
            } else {
                where.append("t.key.term = :s").append(i).append(')');
            }
            params.put("s" + i, words.get(i).stem());
        }
    }

    private static void visibleDrafts(DraftScope drafts, StringBuilder where, Map<String, Object> params) {
        if (drafts.all()) {
            return;
        }
        where.append(" and (o.status <> :draft");
        params.put("draft", OfferStatus.DRAFT);
        if (!drafts.networkIds().isEmpty()) {
            where.append(" or o.networkId in :scopeNetworks");
            params.put("scopeNetworks", drafts.networkIds());
        }
        if (drafts.municipalityNis() != null) {
            where.append(" or o.municipalityNis = :scopeNis");
            params.put("scopeNis", drafts.municipalityNis());
        }
        if (drafts.organisationId() != null) {
            where.append(" or o.organisationId = :scopeOrganisation");
            params.put("scopeOrganisation", drafts.organisationId());
        }
        where.append(')');
    }

    private static String likePrefix(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    @Override
    public Optional<OfferListing> listing(long id) {
        return em.createQuery("select o, org.name, m.name, n.name from Offer o" + JOINS + " where o.id = :id",
                Object[].class).setParameter("id", id).getResultStream().findFirst()
                .map(JpaOfferRepository::toListing);
    }

    @Override
    public Optional<Offer> lockedById(long id) {
        return Optional.ofNullable(em.find(Offer.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Offer add(Offer offer) {
        em.persist(offer);
        em.flush();
        return offer;
    }

    @Override
    public void replaceSearchTerms(long offerId, Set<String> terms) {
        // Only the difference: an edit of a few words writes a few rows, and a term persisted earlier in this
        // transaction is never persisted twice.
        Set<String> stored = new HashSet<>(em.createQuery("select t.key.term from OfferSearchTerm t"
                + " where t.key.offerId = :id", String.class).setParameter("id", offerId).getResultList());
        Set<String> removed = new HashSet<>(stored);
        removed.removeAll(terms);
        if (!removed.isEmpty()) {
            em.createQuery("delete from OfferSearchTerm t where t.key.offerId = :id and t.key.term in :terms")
                    .setParameter("id", offerId).setParameter("terms", removed).executeUpdate();
        }
        terms.stream().filter(t -> !stored.contains(t)).forEach(t -> em.persist(new OfferSearchTerm(offerId, t)));
        em.flush();
    }

    @Override
    public List<Offer> titled(long organisationId, String titleSearch) {
        return em.createQuery("select o from Offer o where o.organisationId = :organisation"
                        + " and o.titleSearch = :title order by o.id", Offer.class)
                .setParameter("organisation", organisationId).setParameter("title", titleSearch).getResultList();
    }

    @Override
    public List<Long> idsOfOrganisation(long organisationId, long afterId, int limit) {
        return em.createQuery("select o.id from Offer o where o.organisationId = :organisation and o.id > :after"
                        + " order by o.id", Long.class).setParameter("organisation", organisationId)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<PlaceableOffer> placeable(long id, LocalDate today) {
        // Scalar columns, not the entity: always what the database holds now, even after takePlace in this
        // transaction.
        return em.createQuery("select o.id, o.title, o.organisationId, org.name, o.trajectoryTypeId,"
                        + " o.reportingCategory, o.municipalityNis, o.networkId, o.requiredLevel, o.capacity,"
                        + " o.placesTaken, o.activeFrom, o.activeUntil, o.status, o.contact.name, o.contact.email"
                        + " from Offer o join Organisation org on org.id = o.organisationId where o.id = :id",
                Object[].class).setParameter("id", id).getResultStream().findFirst().map(r -> {
                    LocalDate from = (LocalDate) r[11];
                    LocalDate until = (LocalDate) r[12];
                    boolean open = r[13] == OfferStatus.PUBLISHED && (from == null || !today.isBefore(from))
                            && (until == null || !today.isAfter(until));
                    return new PlaceableOffer((Long) r[0], (String) r[1], (Long) r[2], (String) r[3],
                            (String) r[4], (String) r[5], (String) r[6], (String) r[7], (DutchLevel) r[8],
                            (Integer) r[9], (Integer) r[10], from, until, open, (String) r[14], (String) r[15]);
                });
    }

    @Override
    public boolean takePlace(long id) {
        boolean taken = em.createNativeQuery(TAKE_PLACE).setParameter(1, id).executeUpdate() == 1;
        if (taken) {
            changes.changed(CandidateChanges.OFFER, id);
        }
        return taken;
    }

    @Override
    public void releasePlace(long id) {
        if (em.createNativeQuery(RELEASE_PLACE).setParameter(1, id).executeUpdate() == 1) {
            changes.changed(CandidateChanges.OFFER, id);
        }
    }

    private static OfferListing toListing(Object[] row) {
        return new OfferListing((Offer) row[0], (String) row[1], (String) row[2], (String) row[3]);
    }
}
