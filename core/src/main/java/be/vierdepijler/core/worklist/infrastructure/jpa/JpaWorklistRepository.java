package be.vierdepijler.core.worklist.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.MatchStatus;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.shared.Clocks;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.trajectory.domain.HourStatus;
import be.vierdepijler.core.trajectory.domain.PlacementStatus;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import be.vierdepijler.core.worklist.domain.WorklistDetail;
import be.vierdepijler.core.worklist.domain.WorklistFilter;
import be.vierdepijler.core.worklist.domain.WorklistItem;
import be.vierdepijler.core.worklist.domain.WorklistReason;
import be.vierdepijler.core.worklist.domain.WorklistRepository;
import be.vierdepijler.core.worklist.domain.WorklistRules;
import be.vierdepijler.core.worklist.domain.WorklistSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worklist in three nested selects over the open trajectories in scope:
 * <ol>
 *   <li>{@code c}: each open trajectory in scope (narrowed first through {@code ix_trajectory_network},
 *       {@code ix_trajectory_counsellor} or {@code ix_trajectory_status}) with, when it is active, its last day with
 *       confirmed or pending hours, whether hours wait longer than 7 days, whether it has a placement, and its
 *       newcomer's match status: each a correlated subquery answered from one index alone ({@code ix_hour_entry_day}
 *       read backwards, {@code ix_hour_entry_worklist}, {@code ix_placement_trajectory_status}, the primary key of
 *       {@code match_status}). {@code offset 0 rows}
 *       keeps PostgreSQL from merging it into the selects around it, which would compute every subquery once for
 *       each reference to its column (three times instead of once, bench/worklist-postgresql.sh);</li>
 *   <li>{@code f}: the last day with hours, and one 0/1 column per {@link WorklistReason}, with the thresholds of
 *       {@link WorklistRules} as parameters;</li>
 *   <li>{@code w}: their sum, the trajectories with at least one, sorted and paged, with the total as a window count
 *       (one pass for a page and its total).</li>
 * </ol>
 * The newcomer is joined only to sort by name; the names of a page's newcomers, and the details of its trajectories
 * that are instants (when hours were reported, when a duo ended), are read afterwards through the entities, for
 * those rows only. A reason asked for narrows the first select too, so the database computes the others for fewer
 * trajectories.
 *
 * <p>Longer than 300 lines because the worklist is one tuned statement: its three selects and the readings of a page's
 * names and instants are assembled and explained together (bench/worklist-postgresql.sh measures it).
 */
@ApplicationScoped
public class JpaWorklistRepository implements WorklistRepository {

    private static final String OPEN = "('" + TrajectoryStatus.INTAKE.name() + "', '" + TrajectoryStatus.ACTIVE.name()
            + "')";
    private static final String PENDING = "'" + HourStatus.PENDING.name() + "'";
    private static final String CONFIRMED = "'" + HourStatus.CONFIRMED.name() + "'";
    private static final String NEEDS_REMATCH = "'" + MatchStatus.NEEDS_REMATCH.name() + "'";
    private static final String WAITING = "exists (select 1 from hour_entry e where e.trajectory_id = t.id"
            + " and e.status = " + PENDING + " and e.reported_at < :waitingBefore)";
    private static final String FLAGS = "f.no_hours + f.deadline_near + f.hours_waiting + f.intake_stalled"
            + " + f.needs_rematch";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public Page<WorklistItem> find(PersonScope scope, WorklistFilter filter, WorklistRules rules, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String flagged = flagged(scope, filter, rules, "name".equals(page.sortField()), params);
        if (flagged == null) {
            return Page.of(List.of(), page, 0);
        }
        String where = " where w.reasons > 0" + (filter.reason() == null ? "" : " and w." + column(filter.reason())
                + " = 1");
        String ranked = " from (select f.*, " + FLAGS + " as reasons from (" + flagged + ") f) w" + where;
        Map<String, Object> pageParams = new HashMap<>(params);
        pageParams.put("offset", page.offset());
        pageParams.put("size", page.size());
        List<Object[]> rows = list("select w.id, w.newcomer_id, w.network_id, w.municipality_nis, w.counsellor,"
                + " w.status, w.confirmed_hours, w.target_hours, w.deadline, w.opened_on, w.started_on, w.last_hours,"
                + " w.no_hours, w.deadline_near, w.hours_waiting, w.intake_stalled, w.needs_rematch,"
                + " count(*) over () as total" + ranked + " order by " + order(page)
                + " offset :offset rows fetch next :size rows only", pageParams);
        long total;
        if (!rows.isEmpty()) {
            total = number(rows.get(0)[17]);
        } else if (page.page() == 0) {
            total = 0;
        } else { // past the last page: the window has no row to say how many there are
            total = number(single("select count(*)" + ranked, params));
        }
        return Page.of(items(rows, rules), page, total);
    }

    @Override
    public WorklistSummary summary(PersonScope scope, WorklistFilter filter, WorklistRules rules) {
        Map<String, Object> params = new HashMap<>();
        String flagged = flagged(scope, new WorklistFilter(filter.networkId(), filter.counsellor(), null), rules,
                false, params);
        if (flagged == null) {
            return new WorklistSummary(0, Map.of());
        }
        Object[] row = (Object[]) single("select coalesce(sum(case when " + FLAGS + " > 0 then 1 else 0 end), 0),"
                + " coalesce(sum(f.no_hours), 0), coalesce(sum(f.deadline_near), 0), coalesce(sum(f.hours_waiting), 0),"
                + " coalesce(sum(f.intake_stalled), 0), coalesce(sum(f.needs_rematch), 0) from (" + flagged + ") f",
                params);
        Map<WorklistReason, Long> byReason = new EnumMap<>(WorklistReason.class);
        WorklistReason[] reasons = WorklistReason.values();
        for (int i = 0; i < reasons.length; i++) {
            byReason.put(reasons[i], number(row[i + 1]));
        }
        return new WorklistSummary(number(row[0]), byReason);
    }

    /**
     * The select of every open trajectory in scope with one 0/1 column per reason; null when the scope holds no
     * trajectory at all.
     *
     * @param byName whether to join the newcomer for {@code name_search}, to sort by
     */
    private static String flagged(PersonScope scope, WorklistFilter filter, WorklistRules rules, boolean byName,
                                  Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where t.status in " + OPEN);
        if (!scope.all()) {
            if (scope.networkIds().isEmpty()) {
                return null;
            }
            where.append(" and t.network_id in (:scopeNetworks)");
            params.put("scopeNetworks", scope.networkIds());
        }
        if (filter.networkId() != null) {
            where.append(" and t.network_id = :network");
            params.put("network", filter.networkId());
        }
        if (filter.counsellor() != null) {
            where.append(" and t.counsellor = :counsellor");
            params.put("counsellor", filter.counsellor());
        }
        if (filter.reason() != null) {
            // the reason's own condition, repeated here so that the others are computed for fewer trajectories
            where.append(switch (filter.reason()) {
                case NO_HOURS -> " and t.status = '" + TrajectoryStatus.ACTIVE.name() + "'";
                case DEADLINE_NEAR -> " and t.deadline <= :deadlineBy and t.confirmed_hours < t.target_hours";
                case HOURS_WAITING -> " and " + WAITING;
                case INTAKE_STALLED -> " and t.opened_on < :stalledBefore";
                case NEEDS_REMATCH -> " and ms.status = " + NEEDS_REMATCH;
            });
        }
        params.put("idleBy", rules.idleOnOrBefore());
        params.put("deadlineBy", rules.deadlineOnOrBefore());
        params.put("waitingBefore", rules.waitingReportedBefore());
        params.put("stalledBefore", rules.stalledOpenedBefore());
        String candidates = "select t.id, t.newcomer_id, t.network_id, t.municipality_nis, t.counsellor, t.status,"
                + " t.confirmed_hours, t.target_hours, t.deadline, t.opened_on, t.started_on,"
                + (byName ? " n.name_search," : "")
                // the last day with confirmed or pending hours, asked of an active trajectory only (the only ones
                // it flags): one backward probe of ix_hour_entry_day instead of one per status for every trajectory
                + " case when t.status = '" + TrajectoryStatus.ACTIVE.name() + "' then (select max(e.work_date)"
                + " from hour_entry e where e.trajectory_id = t.id and e.status in (" + CONFIRMED + ", " + PENDING
                + ")) end as last_hours,"
                + " case when " + WAITING + " then 1 else 0 end as waiting,"
                + " case when exists (select 1 from placement p where p.trajectory_id = t.id"
                + " and p.status <> '" + PlacementStatus.CANCELLED.name() + "') then 1 else 0 end as placed,"
                + " case when ms.status = " + NEEDS_REMATCH + " then 1 else 0 end as rematch"
                + " from trajectory t" + (byName ? " join newcomer n on n.id = t.newcomer_id" : "")
                + " left join match_status ms on ms.newcomer_id = t.newcomer_id" + where + " offset 0 rows";
        return "select c.*,"
                + " case when c.status = '" + TrajectoryStatus.ACTIVE.name() + "' and coalesce(c.last_hours,"
                + " c.started_on, c.opened_on) <= :idleBy then 1 else 0 end as no_hours,"
                + " case when c.deadline <= :deadlineBy and c.confirmed_hours < c.target_hours then 1 else 0 end"
                + " as deadline_near,"
                + " c.waiting as hours_waiting,"
                + " case when c.opened_on < :stalledBefore and c.placed = 0 then 1 else 0 end as intake_stalled,"
                + " c.rematch as needs_rematch"
                + " from (" + candidates + ") c";
    }

    private static String column(WorklistReason reason) {
        return switch (reason) {
            case NO_HOURS -> "no_hours";
            case DEADLINE_NEAR -> "deadline_near";
            case HOURS_WAITING -> "hours_waiting";
            case INTAKE_STALLED -> "intake_stalled";
            case NEEDS_REMATCH -> "needs_rematch";
        };
    }

    /** Most urgent: most reasons, then open longest; a deadline sorts those without one last either way. */
    private static String order(PageRequest page) {
        String dir = page.descending() ? " desc" : " asc";
        return switch (page.sortField()) {
            case "name" -> "w.name_search" + dir + ", w.id" + dir;
            case "deadline" -> "case when w.deadline is null then 1 else 0 end, w.deadline" + dir + ", w.id" + dir;
            default -> page.descending() ? "w.reasons asc, w.opened_on desc, w.id desc"
                    : "w.reasons desc, w.opened_on asc, w.id asc";
        };
    }

    private List<WorklistItem> items(List<Object[]> rows, WorklistRules rules) {
        List<Long> newcomers = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        List<Long> rematch = new ArrayList<>();
        for (Object[] r : rows) {
            newcomers.add(number(r[1]));
            if (number(r[14]) == 1) {
                waiting.add(number(r[0]));
            }
            if (number(r[16]) == 1) {
                rematch.add(number(r[1]));
            }
        }
        Map<Long, String[]> names = names(newcomers);
        Map<Long, WorklistDetail.HoursWaiting> waitingDetails = waitingDetails(waiting, rules);
        Map<Long, LocalDate> rematchSince = rematchSince(rematch);
        List<WorklistItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            long id = number(r[0]);
            long newcomerId = number(r[1]);
            BigDecimal confirmed = decimal(r[6]);
            BigDecimal target = decimal(r[7]);
            LocalDate deadline = date(r[8]);
            LocalDate openedOn = date(r[9]);
            LocalDate startedOn = date(r[10]);
            List<WorklistDetail> reasons = new ArrayList<>();
            if (number(r[12]) == 1) {
                LocalDate last = date(r[11]);
                LocalDate since = last != null ? last : startedOn != null ? startedOn : openedOn;
                reasons.add(new WorklistDetail.NoHours(last, since, rules.weeksSince(since)));
            }
            if (number(r[13]) == 1) {
                reasons.add(new WorklistDetail.DeadlineNear(deadline, rules.daysUntil(deadline),
                        target.subtract(confirmed).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP)));
            }
            if (number(r[14]) == 1) {
                // decided between the two queries: still listed, with what is left of it
                reasons.add(waitingDetails.getOrDefault(id, new WorklistDetail.HoursWaiting(0,
                        BigDecimal.ZERO.setScale(2), null)));
            }
            if (number(r[15]) == 1) {
                reasons.add(new WorklistDetail.IntakeStalled(openedOn, rules.daysSince(openedOn)));
            }
            if (number(r[16]) == 1) {
                reasons.add(new WorklistDetail.NeedsRematch(rematchSince.get(newcomerId)));
            }
            String[] name = names.getOrDefault(newcomerId, new String[2]);
            items.add(new WorklistItem(id, newcomerId, name[0], name[1], (String) r[2], (String) r[3],
                    (String) r[4], TrajectoryStatus.valueOf((String) r[5]), confirmed, target, deadline, openedOn,
                    reasons));
        }
        return items;
    }

    /** First and last name of each newcomer. */
    private Map<Long, String[]> names(List<Long> newcomerIds) {
        Map<Long, String[]> names = new HashMap<>();
        if (newcomerIds.isEmpty()) {
            return names;
        }
        em.createQuery("select n.id, n.firstName, n.lastName from Newcomer n where n.id in :ids", Object[].class)
                .setParameter("ids", newcomerIds).getResultList()
                .forEach(r -> names.put(number(r[0]), new String[] {(String) r[1], (String) r[2]}));
        return names;
    }

    /** Per trajectory: the pending entries reported more than 7 days ago, their hours, the oldest report's day. */
    private Map<Long, WorklistDetail.HoursWaiting> waitingDetails(List<Long> trajectoryIds, WorklistRules rules) {
        Map<Long, WorklistDetail.HoursWaiting> details = new HashMap<>();
        if (trajectoryIds.isEmpty()) {
            return details;
        }
        em.createQuery("select e.trajectory.id, count(e), sum(e.hours), min(e.reportedAt) from HourEntry e"
                        + " where e.trajectory.id in :ids and e.status = :pending and e.reportedAt < :before"
                        + " group by e.trajectory.id", Object[].class)
                .setParameter("ids", trajectoryIds).setParameter("pending", HourStatus.PENDING)
                .setParameter("before", rules.waitingReportedBefore()).getResultList()
                .forEach(r -> details.put(number(r[0]), new WorklistDetail.HoursWaiting(number(r[1]), decimal(r[2]),
                        LocalDate.ofInstant((Instant) r[3], Clocks.BRUSSELS))));
        return details;
    }

    /** Per newcomer: the day their duo ended (their status last changed). */
    private Map<Long, LocalDate> rematchSince(List<Long> newcomerIds) {
        Map<Long, LocalDate> since = new LinkedHashMap<>();
        if (newcomerIds.isEmpty()) {
            return since;
        }
        em.createQuery("select s.newcomerId, s.changedAt from NewcomerMatchStatus s where s.newcomerId in :ids",
                        Object[].class).setParameter("ids", newcomerIds).getResultList()
                .forEach(r -> since.put(number(r[0]), LocalDate.ofInstant((Instant) r[1], Clocks.BRUSSELS)));
        return since;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> list(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private Object single(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return d.setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass().getName());
    }
}
