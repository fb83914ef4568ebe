package be.vierdepijler.core.report.infrastructure.jpa;

import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.report.domain.PeriodReportRepository;
import be.vierdepijler.core.report.domain.ReportScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports' aggregates, each one grouped query over the scoped rows (native SQL that runs on PostgreSQL and H2):
 * <ul>
 *   <li>completions lead with {@code ix_trajectory_completed} (status, day of completion, network, municipality,
 *       newcomer), so a period is one range of that index and the newcomer's integration status comes from the
 *       covering {@code ix_newcomer_integration};</li>
 *   <li>trajectories running on a day read the scoped trajectories through {@code ix_trajectory_period} (network,
 *       opened, ended, newcomer), without a visit to the table;</li>
 *   <li>confirmed hours of a period in a network go from the network's trajectories to their entries through
 *       {@code ix_hour_entry_report} (trajectory, status, placement, category, day, hours), one range per trajectory;
 *       for everything (no network), from {@code ix_hour_entry_period} (status, day), the period's range only;</li>
 *   <li>buddies are few (thousands): grouped by municipality, language, slot or interest over their own indexes.</li>
 * </ul>
 * See core/src/main/resources/db/migration/core/V2026120360__core_report_period_indexes.sql and docs/reports.md.
 */
@ApplicationScoped
public class JpaPeriodReportRepository implements PeriodReportRepository {

    /** Who counts as a buddy in the reports: taking part now and consenting (the buddy model's rules). */
    static final String COUNTED_BUDDY = " b.erased_at is null and b.status = 'ACTIVE' and b.screening <> 'REFUSED'"
            + " and b.matching_consent = true";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public List<NetworkCount> completed(ReportScope scope, LocalDate from, LocalDate to) {
        Map<String, Object> params = period(from, to);
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
        return rows("select t.network_id, n.integration_status, count(*) from trajectory t"
                + " join newcomer n on n.id = t.newcomer_id"
                + " where t.opened_on <= :on and (t.ended_on is null or t.ended_on > :on)"
                + trajectories(scope, params) + " group by t.network_id, n.integration_status", params).stream()
                .map(r -> new NetworkCount((String) r[0], IntegrationStatus.valueOf((String) r[1]), count(r[2])))
                .toList();
    }

    /**
     * The period's whole months from the hours' roll-up, the days before its first and after its last whole month
     * from the entries themselves (one range of {@code ix_hour_entry_period} or of the scope's trajectories each).
     */
    @Override
    public List<CategoryHours> confirmedHours(ReportScope scope, LocalDate from, LocalDate to) {
        Map<List<String>, BigDecimal> sums = new LinkedHashMap<>();
        Months months = Months.of(from, to);
        if (months.any()) {
            Map<String, Object> params = period(months.first(), months.last());
            rows("select x.type_id, x.reporting_category, sum(x.hours) from (" + JpaReportRepository.HOURS + ") x"
                    + " where x.worked_month >= :from and x.worked_month <= :to" + conditions("x", scope, params)
                    + " group by x.type_id, x.reporting_category", params)
                    .forEach(r -> sums.merge(List.of((String) r[0], (String) r[1]), decimal(r[2]), BigDecimal::add));
        }
        for (LocalDate[] days : months.edges(from, to)) {
            Map<String, Object> params = period(days[0], days[1]);
            String scoped = trajectories(scope, params);
            rows("select p.type_id, e.reporting_category, sum(e.hours) from hour_entry e"
                    + " join placement p on p.id = e.placement_id"
                    + (scoped.isEmpty() ? "" : " join trajectory t on t.id = e.trajectory_id")
                    + " where e.status = 'CONFIRMED' and e.work_date >= :from and e.work_date <= :to" + scoped
                    + " group by p.type_id, e.reporting_category", params)
                    .forEach(r -> sums.merge(List.of((String) r[0], (String) r[1]), decimal(r[2]), BigDecimal::add));
        }
        return sums.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> new CategoryHours(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
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

    /** Like {@link #confirmedHours}: whole months from the roll-up, the edges from the entries. */
    @Override
    public List<MonthFigure> confirmedHoursPerMonth(ReportScope scope, LocalDate from, LocalDate to) {
        Map<Map.Entry<String, YearMonth>, BigDecimal> sums = new LinkedHashMap<>();
        Months months = Months.of(from, to);
        if (months.any()) {
            Map<String, Object> params = period(months.first(), months.last());
            rows("select x.network_id, x.worked_month, sum(x.hours) from (" + JpaReportRepository.HOURS + ") x"
                    + " where x.worked_month >= :from and x.worked_month <= :to" + conditions("x", scope, params)
                    + " group by x.network_id, x.worked_month", params)
                    .forEach(r -> sums.merge(Map.entry((String) r[0], YearMonth.from(localDate(r[1]))),
                            decimal(r[2]), BigDecimal::add));
        }
        for (LocalDate[] days : months.edges(from, to)) {
            Map<String, Object> params = period(days[0], days[1]);
            rows("select t.network_id, extract(year from e.work_date), extract(month from e.work_date),"
                    + " sum(e.hours) from hour_entry e join trajectory t on t.id = e.trajectory_id"
                    + " where e.status = 'CONFIRMED' and e.work_date >= :from and e.work_date <= :to"
                    + trajectories(scope, params)
                    + " group by t.network_id, extract(year from e.work_date), extract(month from e.work_date)",
                    params).forEach(r -> sums.merge(Map.entry((String) r[0], month(r[1], r[2])), decimal(r[3]),
                    BigDecimal::add));
        }
        return sums.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> new MonthFigure(e.getKey().getKey(), e.getKey().getValue(), e.getValue())).toList();
    }

    /**
     * The whole months of a period, as the first days of the first and the last; none when the period holds none.
     */
    record Months(LocalDate first, LocalDate last) {

        static Months of(LocalDate from, LocalDate to) {
            LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate last = to.equals(YearMonth.from(to).atEndOfMonth()) ? to.withDayOfMonth(1)
                    : to.withDayOfMonth(1).minusMonths(1);
            return new Months(first, last);
        }

        boolean any() {
            return !first.isAfter(last);
        }

        /** The days of the period outside its whole months: none, one or two ranges {from, to}. */
        List<LocalDate[]> edges(LocalDate from, LocalDate to) {
            if (!any()) {
                return from.isAfter(to) ? List.of() : List.<LocalDate[]>of(new LocalDate[] {from, to});
            }
            List<LocalDate[]> edges = new ArrayList<>();
            if (from.isBefore(first)) {
                edges.add(new LocalDate[] {from, first.minusDays(1)});
            }
            LocalDate end = YearMonth.from(last).atEndOfMonth();
            if (to.isAfter(end)) {
                edges.add(new LocalDate[] {end.plusDays(1), to});
            }
            return edges;
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
