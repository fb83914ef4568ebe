package be.vierdepijler.core.report.infrastructure.jpa;

import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.report.domain.PeriodReportRepository;
import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reports' aggregates, each one grouped query over the scoped rows (native SQL that runs on PostgreSQL and H2):
 * <ul>
 *   <li>completions since the fourth pillar's start up to today, and trajectories running today, which a report asks
 *       by default, come from the trajectories' roll-up (docs/adr/0018) with corrections for the few trajectories the
 *       period leaves out, read in the same statement: joining 100,000 trajectories to their newcomers for the
 *       integration status took 250-300 ms at the full volume;</li>
 *   <li>other completions lead with {@code ix_trajectory_completed} (status, day of completion, network, municipality,
 *       newcomer), so a period is one range of that index and the newcomer's integration status comes from the
 *       covering {@code ix_newcomer_integration};</li>
 *   <li>trajectories running on a day read the scoped trajectories through {@code ix_trajectory_period} (network,
 *       opened, ended, newcomer), without a visit to the table;</li>
 *   <li>confirmed hours come from the hours' roll-up for whole months, and for a partial month from its entries or
 *       from the roll-up less its other days' entries, whichever is fewer days ({@link HourPlan}); the entries of
 *       days in a network go from the network's trajectories to their entries through
 *       {@code ix_hour_entry_report} (trajectory, status, placement, category, day, hours), one range per trajectory;
 *       for everything (no network), from {@code ix_hour_entry_period} (status, day), the period's range only;</li>
 *   <li>buddies are few (thousands): grouped by municipality, language, slot or interest over their own indexes.</li>
 * </ul>
 * See core/src/main/resources/db/migration/core/V2026120360__core_report_period_indexes.sql and docs/reports.md.
 *
 * <p>Longer than 300 lines because each report's grouped statement is written out here in SQL beside the index it was
 * measured against (docs/benchmarks.md), so that a change to one is made knowing the other.
 */
@ApplicationScoped
public class JpaPeriodReportRepository implements PeriodReportRepository {

    /** Who counts as a buddy in the reports: taking part now and consenting (the buddy model's rules). */
    static final String COUNTED_BUDDY = " b.erased_at is null and b.status = 'ACTIVE' and b.screening <> 'REFUSED'"
            + " and b.matching_consent = true";

    /**
     * The fourth pillar's start: a period from then (or earlier) up to today holds (nearly) every completion, so the
     * roll-up less the completions outside it reads few trajectories; the figures are the same either way.
     */
    static final LocalDate FIRST_COMPLETION = LocalDate.of(2023, 1, 1);
    private static final List<TrajectoryStatus> OPEN = List.of(TrajectoryStatus.INTAKE, TrajectoryStatus.ACTIVE);
    private static final List<TrajectoryStatus> CLOSED = java.util.Arrays.stream(TrajectoryStatus.values())
            .filter(s -> !OPEN.contains(s)).toList();

    /**
     * True for a trajectory whose end day does not fit its status: open with an end day, or closed without one. The
     * corrections that count such trajectories repeat it (it changes nothing they count): PostgreSQL estimates it from
     * the statistics of this very expression (V2026120432), ~0 rows, where it multiplied the shares of status and of
     * a missing end day (60,000 rows) and planned a parallel hash join over all newcomers for nothing; its workers'
     * start alone took 40-90 ms on the 2-core machine.
     */
    static final String END_MISMATCH = "(case when t.status in " + statuses(OPEN)
            + " then t.ended_on is not null else t.ended_on is null end)";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public List<NetworkCount> completed(ReportScope scope, LocalDate from, LocalDate to) {
        Map<String, Object> params = period(from, to);
        if (!from.isAfter(FIRST_COMPLETION) && !to.isBefore(LocalDate.now(clock))) {
            // all of them, or nearly: the roll-up's completed ones less the few completed outside the period
            String outside = " from trajectory t join newcomer n on n.id = t.newcomer_id where t.status = 'COMPLETED'"
                    + " and t.ended_on ";
            String scoped = trajectories(scope, params) + " group by t.network_id, n.integration_status";
            return counts(rolledUp(List.of(TrajectoryStatus.COMPLETED), scope, params)
                    + " union all select t.network_id, n.integration_status, 0 - count(*)" + outside + "< :from"
                    + scoped
                    + " union all select t.network_id, n.integration_status, 0 - count(*)" + outside + "> :to"
                    + scoped
                    + " union all select t.network_id, n.integration_status, 0 - count(*)" + outside + "is null and "
                    + END_MISMATCH + scoped, params);
        }
        return rows("select t.network_id, n.integration_status, count(*) from trajectory t"
                + " join newcomer n on n.id = t.newcomer_id"
                + " where t.status = 'COMPLETED' and t.ended_on >= :from and t.ended_on <= :to"
                + trajectories(scope, params) + " group by t.network_id, n.integration_status", params).stream()
                .map(r -> new NetworkCount((String) r[0], IntegrationStatus.valueOf((String) r[1]), count(r[2])))
                .toList();
    }

    @Override
    public List<NetworkCount> running(ReportScope scope, LocalDate on) {
        Map<String, Object> params = new HashMap<>();
        params.put("on", on);
        if (!on.isBefore(LocalDate.now(clock))) {
            // running today: the roll-up's open trajectories, less the open ones that ended by the day, plus the
            // closed ones that end after it or have no end, less those (open or closed) opened after it and not
            // ended by it; each correction one range of ix_trajectory_completed or ix_trajectory_opened, empty for
            // today, and the figures the same as counting every trajectory for any day
            String from = " from trajectory t join newcomer n on n.id = t.newcomer_id where ";
            String scoped = trajectories(scope, params) + " group by t.network_id, n.integration_status";
            return counts(rolledUp(OPEN, scope, params)
                    + " union all select t.network_id, n.integration_status, 0 - count(*)" + from + "t.status in "
                    + statuses(OPEN) + " and t.ended_on <= :on and " + END_MISMATCH + scoped
                    + " union all select t.network_id, n.integration_status, count(*)" + from + "t.status in "
                    + statuses(CLOSED) + " and t.ended_on > :on" + scoped
                    + " union all select t.network_id, n.integration_status, count(*)" + from + "t.status in "
                    + statuses(CLOSED) + " and t.ended_on is null and " + END_MISMATCH + scoped
                    + " union all select t.network_id, n.integration_status, 0 - count(*)" + from
                    + "t.opened_on > :on and (t.ended_on is null or t.ended_on > :on)" + scoped, params);
        }
        return rows("select t.network_id, n.integration_status, count(*) from trajectory t"
                + " join newcomer n on n.id = t.newcomer_id"
                + " where t.opened_on <= :on and (t.ended_on is null or t.ended_on > :on)"
                + trajectories(scope, params) + " group by t.network_id, n.integration_status", params).stream()
                .map(r -> new NetworkCount((String) r[0], IntegrationStatus.valueOf((String) r[1]), count(r[2])))
                .toList();
    }

    /**
     * The trajectories' roll-up and its changes not yet folded (as {@link JpaReportRepository} reads them) for the
     * statuses, in scope: rows of network, integration status and a count, to be summed with the corrections after
     * it in the same statement (one snapshot).
     */
    private static String rolledUp(List<TrajectoryStatus> statuses, ReportScope scope, Map<String, Object> params) {
        return "select r.network_id, r.integration_status, r.trajectories from trajectory_rollup r where r.status in "
                + statuses(statuses) + conditions("r", scope, params)
                + " union all select c.network_id, c.integration_status, c.trajectories from trajectory_rollup_change c"
                + " where c.status in " + statuses(statuses) + conditions("c", scope, params);
    }

    /** The sums per network and integration status of a union of counts; a group that sums to nothing is absent. */
    private List<NetworkCount> counts(String union, Map<String, Object> params) {
        return rows("select u.network_id, u.integration_status, sum(u.trajectories) from (" + union + ") u"
                + " group by u.network_id, u.integration_status", params)
                .stream().filter(r -> count(r[2]) != 0)
                .map(r -> new NetworkCount((String) r[0], IntegrationStatus.valueOf((String) r[1]), count(r[2])))
                .toList();
    }

    private static String statuses(List<TrajectoryStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * The period's whole months from the hours' roll-up, and each partial month at its ends either from the entries of
     * its days in the period, or from the roll-up less the entries of its other days, whichever reads fewer days
     * (days after today hold no entries): for a period up to today, its last month is the roll-up's less the days to
     * come. One statement, so the roll-up and the entries are read at one moment ({@link HourPlan}).
     */
    @Override
    public List<CategoryHours> confirmedHours(ReportScope scope, LocalDate from, LocalDate to) {
        HourPlan plan = HourPlan.of(from, to, LocalDate.now(clock));
        Map<String, Object> params = new HashMap<>();
        List<String> parts = new ArrayList<>();
        if (plan.months()) {
            params.put("firstMonth", plan.firstMonth());
            params.put("lastMonth", plan.lastMonth());
            parts.add("select x.type_id, x.reporting_category, x.hours from (" + JpaReportRepository.HOURS + ") x"
                    + " where x.worked_month >= :firstMonth and x.worked_month <= :lastMonth"
                    + conditions("x", scope, params));
        }
        for (int i = 0; i < plan.days().size(); i++) {
            Days days = plan.days().get(i);
            params.put("from" + i, days.from());
            params.put("to" + i, days.to());
            String scoped = trajectories(scope, params);
            parts.add("select p.type_id, e.reporting_category, " + (days.sign() < 0 ? "0 - " : "") + "sum(e.hours)"
                    + " from hour_entry e join placement p on p.id = e.placement_id"
                    + (scoped.isEmpty() ? "" : " join trajectory t on t.id = e.trajectory_id")
                    + " where e.status = 'CONFIRMED' and e.work_date >= :from" + i + " and e.work_date <= :to" + i
                    + scoped + " group by p.type_id, e.reporting_category");
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return rows("select u.type_id, u.reporting_category, sum(u.hours) from (" + String.join(" union all ", parts)
                + ") u group by u.type_id, u.reporting_category", params).stream()
                .filter(r -> decimal(r[2]).signum() != 0)
                .map(r -> new CategoryHours((String) r[0], (String) r[1], decimal(r[2]))).toList();
    }

    @Override
    public List<MonthFigure> completedPerMonth(ReportScope scope, LocalDate from, LocalDate to) {
        Map<String, Object> params = period(from, to);
        return rows("select t.network_id, extract(year from t.ended_on), extract(month from t.ended_on), count(*)"
                + " from trajectory t where t.status = 'COMPLETED' and t.ended_on >= :from and t.ended_on <= :to"
                + trajectories(scope, params)
                + " group by t.network_id, extract(year from t.ended_on), extract(month from t.ended_on)", params)
                .stream().map(r -> new MonthFigure((String) r[0], month(r[1], r[2]), BigDecimal.valueOf(count(r[3]))))
                .toList();
    }

    /** Like {@link #confirmedHours}: whole months from the roll-up, partial ones as its plan says. */
    @Override
    public List<MonthFigure> confirmedHoursPerMonth(ReportScope scope, LocalDate from, LocalDate to) {
        HourPlan plan = HourPlan.of(from, to, LocalDate.now(clock));
        Map<String, Object> params = new HashMap<>();
        List<String> parts = new ArrayList<>();
        if (plan.months()) {
            params.put("firstMonth", plan.firstMonth());
            params.put("lastMonth", plan.lastMonth());
            parts.add("select x.network_id, x.worked_month, x.hours from (" + JpaReportRepository.HOURS + ") x"
                    + " where x.worked_month >= :firstMonth and x.worked_month <= :lastMonth"
                    + conditions("x", scope, params));
        }
        for (int i = 0; i < plan.days().size(); i++) {
            Days days = plan.days().get(i);
            params.put("from" + i, days.from());
            params.put("to" + i, days.to());
            params.put("month" + i, days.from().withDayOfMonth(1)); // the days of a part lie in one month
            parts.add("select t.network_id, cast(:month" + i + " as date), " + (days.sign() < 0 ? "0 - " : "")
                    + "sum(e.hours) from hour_entry e join trajectory t on t.id = e.trajectory_id"
                    + " where e.status = 'CONFIRMED' and e.work_date >= :from" + i + " and e.work_date <= :to" + i
                    + trajectories(scope, params) + " group by t.network_id");
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return rows("select u.network_id, u.worked_month, sum(u.hours) from (" + String.join(" union all ", parts)
                + ") u group by u.network_id, u.worked_month", params).stream()
                .filter(r -> decimal(r[2]).signum() != 0)
                .map(r -> new MonthFigure((String) r[0], YearMonth.from(localDate(r[1])), decimal(r[2]))).toList();
    }

    /** Days whose entries are added ({@code sign} 1) or taken off ({@code sign} -1); all in one month. */
    record Days(LocalDate from, LocalDate to, int sign) {
    }

    /**
     * How to read the confirmed hours of a period: the roll-up's months {@code firstMonth} to {@code lastMonth} (the
     * first days of both; none when {@code firstMonth} is null), plus or minus the entries of some days. A month the
     * period holds entirely comes from the roll-up. A month it holds in part comes from the entries of its days in the
     * period, or from the roll-up less the entries of its days outside the period, when those are fewer days up to
     * today (days after today have no entries to read). The figures are the same either way.
     */
    record HourPlan(LocalDate firstMonth, LocalDate lastMonth, List<Days> days) {

        boolean months() {
            return firstMonth != null;
        }

        static HourPlan of(LocalDate from, LocalDate to, LocalDate today) {
            if (from.isAfter(to)) {
                return new HourPlan(null, null, List.of());
            }
            YearMonth head = YearMonth.from(from);
            YearMonth tail = YearMonth.from(to);
            LocalDate firstMonth = null;
            LocalDate lastMonth = null;
            List<Days> days = new ArrayList<>();
            if (head.equals(tail)) {
                List<Days> outside = new ArrayList<>();
                if (from.getDayOfMonth() > 1) {
                    outside.add(new Days(head.atDay(1), from.minusDays(1), -1));
                }
                if (to.isBefore(tail.atEndOfMonth())) {
                    outside.add(new Days(to.plusDays(1), tail.atEndOfMonth(), -1));
                }
                Days inside = new Days(from, to, 1);
                if (outside.isEmpty() || cost(outside, today) < cost(List.of(inside), today)) {
                    firstMonth = head.atDay(1);
                    lastMonth = firstMonth;
                    days.addAll(outside);
                } else {
                    days.add(inside);
                }
                return new HourPlan(firstMonth, lastMonth, days);
            }
            YearMonth first = head.plusMonths(1);
            YearMonth last = tail.minusMonths(1);
            if (from.getDayOfMonth() == 1) {
                first = head;
            } else {
                Days inside = new Days(from, head.atEndOfMonth(), 1);
                Days outside = new Days(head.atDay(1), from.minusDays(1), -1);
                if (cost(List.of(outside), today) < cost(List.of(inside), today)) {
                    first = head;
                    days.add(outside);
                } else {
                    days.add(inside);
                }
            }
            if (to.equals(tail.atEndOfMonth())) {
                last = tail;
            } else {
                Days inside = new Days(tail.atDay(1), to, 1);
                Days outside = new Days(to.plusDays(1), tail.atEndOfMonth(), -1);
                if (cost(List.of(outside), today) < cost(List.of(inside), today)) {
                    last = tail;
                    days.add(outside);
                } else {
                    days.add(inside);
                }
            }
            if (!first.isAfter(last)) {
                firstMonth = first.atDay(1);
                lastMonth = last.atDay(1);
            }
            return new HourPlan(firstMonth, lastMonth, days);
        }

        /** The days up to today among these: what reading their entries costs. */
        private static long cost(List<Days> days, LocalDate today) {
            long cost = 0;
            for (Days d : days) {
                LocalDate end = d.to().isAfter(today) ? today : d.to();
                if (!d.from().isAfter(end)) {
                    cost += java.time.temporal.ChronoUnit.DAYS.between(d.from(), end) + 1;
                }
            }
            return cost;
        }
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Override
    public List<BuddyCount> buddiesPerMunicipality(ReportScope scope) {
        Map<String, Object> params = new HashMap<>();
        return rows("select b.municipality_nis, count(*),"
                + " sum(case when b.screening = 'SCREENED' and b.training = 'TRAINED' then 1 else 0 end)"
                + " from buddy b where" + COUNTED_BUDDY + buddies(scope, params) + " group by b.municipality_nis",
                params).stream().map(r -> new BuddyCount((String) r[0], count(r[1]), count(r[2]))).toList();
    }

    @Override
    public List<CodeCount> buddyLanguages(ReportScope scope) {
        return codes(scope, "buddy_language", "language");
    }

    @Override
    public List<CodeCount> buddyAvailability(ReportScope scope) {
        return codes(scope, "buddy_availability", "time_slot");
    }

    @Override
    public List<CodeCount> buddyInterests(ReportScope scope) {
        return codes(scope, "buddy_interest", "interest");
    }

    private List<CodeCount> codes(ReportScope scope, String table, String column) {
        Map<String, Object> params = new HashMap<>();
        return rows("select x." + column + ", count(*) from buddy b join " + table + " x on x.buddy_id = b.id"
                + " where" + COUNTED_BUDDY + buddies(scope, params) + " group by x." + column, params).stream()
                .map(r -> new CodeCount((String) r[0], count(r[1]))).toList();
    }

    private static Map<String, Object> period(LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        return params;
    }

    /** The scope as further conditions on {@code trajectory t}; empty for everything. */
    private static String trajectories(ReportScope scope, Map<String, Object> params) {
        return conditions("t", scope, params);
    }

    /** The scope as further conditions on {@code buddy b} (which keeps its municipality's network). */
    private static String buddies(ReportScope scope, Map<String, Object> params) {
        return conditions("b", scope, params);
    }

    private static String conditions(String alias, ReportScope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (scope.networkIds() != null) {
            where.append(" and ").append(alias).append(".network_id in (:networks)");
            params.put("networks", scope.networkIdsForQuery());
        }
        if (scope.municipalityNis() != null) {
            where.append(" and ").append(alias).append(".municipality_nis = :nis");
            params.put("nis", scope.municipalityNis());
        }
        return where.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static YearMonth month(Object year, Object month) {
        return YearMonth.of(((Number) year).intValue(), ((Number) month).intValue());
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return d.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
