package be.vierdepijler.core.trajectory.infrastructure.jpa;

import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.infrastructure.JpqlPage;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.core.trajectory.domain.CategoryHours;
import be.vierdepijler.core.trajectory.domain.Certificate;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.HourFilter;
import be.vierdepijler.core.trajectory.domain.HourStatus;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.PlacementStatus;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryFilter;
import be.vierdepijler.core.trajectory.domain.TrajectoryListing;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trajectories narrowed to the caller's scope, with their newcomer's name joined, paged and summed in SQL.
 *
 * <p>Longer than 300 lines because the list's page, its total from the roll-up (docs/adr/0018) and the scope conditions
 * both share must stay one reading of the same filter.
 */
@ApplicationScoped
public class JpaTrajectoryRepository implements TrajectoryRepository {

    private static final String FROM = " from Trajectory t join Newcomer n on n.id = t.newcomerId";
    private static final Map<String, String> SORT = Map.of("opened", "t.openedOn", "name", "n.nameSearch",
            "status", "t.status", "confirmedHours", "t.confirmedHours", "deadline", "t.deadline");
    private static final Map<String, String> HOURS_SORT = Map.of("date", "e.date", "reported", "e.reportedAt");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /**
     * Pages the trajectories alone and joins the newcomer only where it must: for a name search (an {@code exists} on
     * the newcomer, served on PostgreSQL by the trigram index {@code ix_newcomer_name_trgm}) and for the sort by name.
     * Otherwise the page is one range of an index that leads with the scope and the sort
     * ({@code ix_trajectory_network_opened} and its kin: the default, newest first), read without the table, and only
     * the page's 20 trajectories and names are read in full, in the same statement. The total comes from the roll-up
     * where it can (see {@link #count}).
     */
    @Override
    public Page<TrajectoryListing> find(PersonScope scope, TrajectoryFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.all()) {
            if (scope.organisationId() != null) {
                where.append(" and exists (select p.id from Placement p where p.trajectory = t"
                        + " and p.organisationId = :scopeOrg)");
                params.put("scopeOrg", scope.organisationId());
            } else if (scope.municipalityNis() != null) {
                where.append(" and t.municipalityNis = :scopeNis");
                params.put("scopeNis", scope.municipalityNis());
            } else if (!scope.networkIds().isEmpty()) {
                where.append(scope.networkIds().size() == 1 ? " and t.networkId = :scopeNetworks"
                        : " and t.networkId in :scopeNetworks");
                params.put("scopeNetworks", scope.networkIds().size() == 1 ? scope.networkIds().iterator().next()
                        : scope.networkIds());
            } else {
                return Page.of(List.of(), page, 0);
            }
        }
        if (filter.networkId() != null) {
            where.append(" and t.networkId = :network");
            params.put("network", filter.networkId());
        }
        if (filter.municipalityNis() != null) {
            where.append(" and t.municipalityNis = :nis");
            params.put("nis", filter.municipalityNis());
        }
        if (filter.status() != null) {
            where.append(" and t.status = :status");
            params.put("status", filter.status());
        }
        if (filter.counsellor() != null) {
            where.append(" and t.counsellor = :counsellor");
            params.put("counsellor", filter.counsellor());
        }
        if (filter.newcomerId() != null) {
            where.append(" and t.newcomerId = :newcomer");
            params.put("newcomer", filter.newcomerId());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and exists (select n.id from Newcomer n where n.id = t.newcomerId"
                    + " and n.nameSearch like :q escape '!')");
            params.put("q", "%" + SearchText.fold(filter.query()).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        String direction = page.descending() ? " desc" : " asc";
        boolean byName = "name".equals(page.sortField());
        String sort = SORT.get(page.sortField());
        // one statement: the page's ids from the scope's index (the newcomer joined only to sort by name), then
        // those trajectories with their names; a subquery, not a list of ids, so that Hibernate keeps one plan
        TypedQuery<Object[]> rows = em.createQuery("select o, m.firstName, m.lastName from Trajectory o"
                + " join Newcomer m on m.id = o.newcomerId where o.id in (select t.id from Trajectory t"
                + (byName ? " join Newcomer n on n.id = t.newcomerId" : "") + where + " order by " + sort + direction
                + ", t.id" + direction + " limit :pageSize offset :pageOffset) order by "
                + sort.replace("t.", "o.").replace("n.", "m.") + direction + ", o.id" + direction, Object[].class);
        params.forEach(rows::setParameter);
        List<TrajectoryListing> listings = rows.setParameter("pageSize", page.size())
                .setParameter("pageOffset", page.offset()).getResultStream().map(JpaTrajectoryRepository::toListing)
                .toList();
        if (page.offset() == 0 && listings.size() < page.size()) {
            return Page.of(listings, page, listings.size());
        }
        return Page.of(listings, page, count(scope, filter, where.toString(), params));
    }

    /**
     * How many trajectories the list has: from the figures' roll-up when the list is narrowed only by what it keeps
     * (network, municipality, status; docs/adr/0018-figures-kept-as-roll-ups.md), exact and without reading the
     * scope's index entries; otherwise counted.
     */
    private long count(PersonScope scope, TrajectoryFilter filter, String where, Map<String, Object> params) {
        if (scope.organisationId() != null || filter.counsellor() != null || filter.newcomerId() != null
                || (filter.query() != null && !filter.query().isBlank())) {
            TypedQuery<Long> count = em.createQuery("select count(t) from Trajectory t" + where, Long.class);
            params.forEach(count::setParameter);
            return count.getSingleResult();
        }
        StringBuilder sql = new StringBuilder("select coalesce(sum(x.trajectories), 0) from ("
                + JpaFigureChanges.TRAJECTORY_COUNTS + ") x where 1 = 1");
        List<Object> values = new ArrayList<>();
        if (!scope.all()) {
            if (scope.municipalityNis() != null) {
                sql.append(" and x.municipality_nis = ?");
                values.add(scope.municipalityNis());
            } else {
                sql.append(" and x.network_id in (").append(String.join(", ",
                        Collections.nCopies(scope.networkIds().size(), "?"))).append(')');
                values.addAll(scope.networkIds());
            }
        }
        if (filter.networkId() != null) {
            sql.append(" and x.network_id = ?");
            values.add(filter.networkId());
        }
        if (filter.municipalityNis() != null) {
            sql.append(" and x.municipality_nis = ?");
            values.add(filter.municipalityNis());
        }
        if (filter.status() != null) {
            sql.append(" and x.status = ?");
            values.add(filter.status().name());
        }
        Query count = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
        }
        return ((Number) count.getSingleResult()).longValue();
    }

    @Override
    public Optional<TrajectoryListing> listing(long id) {
        return em.createQuery("select t, n.firstName, n.lastName" + FROM + " where t.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst().map(JpaTrajectoryRepository::toListing);
    }

    private static TrajectoryListing toListing(Object[] row) {
        return new TrajectoryListing((Trajectory) row[0], (String) row[1], (String) row[2]);
    }

    @Override
    public Optional<Trajectory> forChange(long id) {
        return Optional.ofNullable(em.find(Trajectory.class, id));
    }

    @Override
    public Optional<Trajectory> byId(long id) {
        return Optional.ofNullable(em.find(Trajectory.class, id));
    }

    @Override
    public Trajectory add(Trajectory trajectory) {
        em.persist(trajectory);
        em.flush();
        return trajectory;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Certificate> unsealedCertificates() {
        return em.createQuery("select c from Certificate c where c.contentHash is null", Certificate.class)
                .getResultList();
    }

    @Override
    public boolean hasOpenTrajectory(long newcomerId) {
        return !em.createQuery("select t.id from Trajectory t where t.newcomerId = :id and t.status in :open",
                        Long.class).setParameter("id", newcomerId)
                .setParameter("open", List.of(TrajectoryStatus.INTAKE, TrajectoryStatus.ACTIVE))
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean hasPlacementOf(long trajectoryId, long organisationId) {
        return !em.createQuery("select p.id from Placement p where p.trajectory.id = :id and p.organisationId = :org",
                        Long.class).setParameter("id", trajectoryId).setParameter("org", organisationId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Long> withRunningDuo(long buddyId) {
        return em.createQuery("select distinct p.trajectory.id from Placement p where p.buddyId = :buddy"
                        + " and p.status = :running", Long.class).setParameter("buddy", buddyId)
                .setParameter("running", PlacementStatus.ACTIVE).getResultList();
    }

    @Override
    public Page<Placement> placements(long trajectoryId, Long organisationId, PageRequest page) {
        String where = " where p.trajectory.id = :id" + (organisationId == null ? "" : " and p.organisationId = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("id", trajectoryId);
        if (organisationId != null) {
            params.put("org", organisationId);
        }
        return JpqlPage.of(em, Placement.class, "p", where, " order by p.id" + (page.descending() ? " desc" : ""),
                params, page);
    }

    @Override
    public Page<HourEntry> hours(long trajectoryId, Long organisationId, HourFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where e.trajectory.id = :id");
        Map<String, Object> params = new HashMap<>();
        params.put("id", trajectoryId);
        if (organisationId != null) {
            where.append(" and e.placementId in (select p.id from Placement p where p.trajectory.id = :id"
                    + " and p.organisationId = :org)");
            params.put("org", organisationId);
        }
        if (filter.placementId() != null) {
            where.append(" and e.placementId = :placement");
            params.put("placement", filter.placementId());
        }
        if (filter.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", filter.status());
        }
        if (filter.from() != null) {
            where.append(" and e.date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.date <= :to");
            params.put("to", filter.to());
        }
        String order = " order by " + HOURS_SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc")
                + ", e.id " + (page.descending() ? "desc" : "asc");
        return JpqlPage.of(em, HourEntry.class, "e", where.toString(), order, params, page);
    }

    @Override
    public List<HourEntry> pendingEntries(long placementId, Instant until) {
        return em.createQuery("select e from HourEntry e where e.placementId = :placement and e.status = :pending"
                        + " and e.reportedAt <= :until order by e.date, e.id", HourEntry.class)
                .setParameter("placement", placementId).setParameter("pending", HourStatus.PENDING)
                .setParameter("until", until).setMaxResults(500).getResultList();
    }

    @Override
    public List<CategoryHours> confirmedHoursByCategory(long trajectoryId) {
        return em.createQuery("select p.typeId, e.reportingCategory, sum(e.hours) from HourEntry e"
                        + " join Placement p on p.id = e.placementId where e.trajectory.id = :id"
                        + " and e.status = :confirmed group by p.typeId, e.reportingCategory"
                        + " order by p.typeId, e.reportingCategory", Object[].class)
                .setParameter("id", trajectoryId).setParameter("confirmed", HourStatus.CONFIRMED).getResultStream()
                .map(r -> new CategoryHours((String) r[0], (String) r[1], (BigDecimal) r[2])).toList();
    }

    @Override
    public BigDecimal hoursOfNewcomerOn(long newcomerId, long excluded, LocalDate day) {
        BigDecimal sum = em.createQuery("select sum(e.hours) from HourEntry e where e.trajectory.id in"
                        + " (select t.id from Trajectory t where t.newcomerId = :newcomer and t.id <> :excluded)"
                        + " and e.date = :day and e.status <> :rejected", BigDecimal.class)
                .setParameter("newcomer", newcomerId).setParameter("excluded", excluded).setParameter("day", day)
                .setParameter("rejected", HourStatus.REJECTED).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public Optional<Certificate> certificate(String code) {
        return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
