package be.vierdepijler.it;

import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.report.application.RollupFolding;
import be.vierdepijler.core.report.domain.CategoryFigures;
import be.vierdepijler.core.report.domain.PeriodReportRepository;
import be.vierdepijler.core.report.domain.ReportRepository;
import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.core.report.domain.TrajectoryFigures;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures' roll-ups against the raw tables they summarise (docs/adr/0018), over the whole database. Deployed only
 * in {@link RollupConsistencyIT}'s copy of the EAR (inside its WAR), behind the same sign-in as the rest of the API,
 * as {@link WorklistFixture} is; never part of the application.
 *
 * <ul>
 *   <li>{@code POST fold}: folds every change now, as the schedule does (batch after batch);</li>
 *   <li>{@code GET compare}: each figure twice — from the raw rows (hour entries, trajectories, newcomers) and from the
 *       roll-up plus its changes not yet folded, or as the application answers it — in one transaction: (a) confirmed
 *       hours per network, municipality, month, type and category; (b) trajectories per network, municipality, status
 *       and integration status; (c) the dashboard's figures ({@link ReportRepository#trajectoryFigures}: distinct
 *       newcomers, trajectories per status, completions, hours) of every network, of the municipalities asked for and
 *       of everything; (d) the reports' confirmed hours of some periods ({@link PeriodReportRepository}: whole months
 *       from the roll-up, partial ones from the entries or from the roll-up less the entries of their other days),
 *       with the completions in them and the trajectories running on their last day and today, in the same
 *       scopes. Keys whose figure is 0 are left out on both
 *       sides; hours are plain decimals as text, so that the two sides compare exactly.</li>
 * </ul>
 * The raw side is written here independently of the application's SQL: the month of an entry is computed in Java from
 * its day, not with the database's date functions the roll-up's writers use.
 */
@Path("test-fixtures/rollups")
@RequestScoped
public class RollupFixture {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    RollupFolding folding;

    @Inject
    ReportRepository reports;

    @Inject
    PeriodReportRepository periodReports;

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Folds until a fold takes less than a full batch; how many changes were folded in all. */
    @POST
    @Path("fold")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> fold() {
        long folded = 0;
        int batch;
        do {
            batch = folding.fold();
            folded += batch;
        } while (batch >= RollupFolding.BATCH);
        return Map.of("folded", folded);
    }

    /**
     * @param municipalities NIS codes, comma-separated, whose figures are compared too (as a local officer's scope),
     *                       beside every network's and everything's
     */
    @GET
    @Path("compare")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Map<String, Object> compare(@QueryParam("municipalities") String municipalities) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("hours", Map.of("raw", rawHours(), "rollup", rolledUpHours()));
        answer.put("trajectories", Map.of("raw", rawTrajectories(), "rollup", rolledUpTrajectories()));
        List<String> networks = strings("select id from regional_network order by id");
        Map<String, ReportScope> scopes = new LinkedHashMap<>();
        Map<String, String> conditions = new LinkedHashMap<>();
        for (String network : networks) {
            scopes.put(network, ReportScope.networks(Set.of(network)));
            conditions.put(network, "t.network_id = '" + network.replace("'", "''") + "'");
        }
        if (municipalities != null) {
            for (String nis : municipalities.split(",")) {
                if (!nis.strip().matches("[0-9]{5}")) {
                    throw new jakarta.ws.rs.BadRequestException("not a NIS code: " + nis);
                }
                scopes.put("nis:" + nis.strip(), ReportScope.municipality(nis.strip()));
                conditions.put("nis:" + nis.strip(), "t.municipality_nis = '" + nis.strip() + "'");
            }
        }
        scopes.put("*", ReportScope.everything());
        conditions.put("*", "1 = 1");

        YearMonth month = YearMonth.now(BRUSSELS);
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, Object> periods = new LinkedHashMap<>();
        for (Map.Entry<String, ReportScope> scope : scopes.entrySet()) {
            String condition = conditions.get(scope.getKey());
            figures.put(scope.getKey(), Map.of("raw", rawFigures(condition, month),
                    "report", reported(reports.trajectoryFigures(scope.getValue(), month))));
            for (LocalDate[] period : periods()) {
                periods.put(scope.getKey() + " " + period[0] + ".." + period[1], Map.of(
                        "raw", rawPeriod(condition, period[0], period[1]),
                        "report", reportedPeriod(scope.getValue(), period[0], period[1])));
            }
        }
        answer.put("figures", figures);
        answer.put("periods", periods);
        answer.put("networks", networks);
        answer.put("pending", Map.of("hours", count("select count(*) from hour_rollup_change"),
                "trajectories", count("select count(*) from trajectory_rollup_change")));
        return answer;
    }

    // ---- (a) confirmed hours per network, municipality, month, type and category ---------------------------------

    private Map<String, String> rawHours() {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Object[] r : rows("select t.network_id, t.municipality_nis, e.work_date, p.type_id, e.reporting_category,"
                + " sum(e.hours) from hour_entry e join trajectory t on t.id = e.trajectory_id"
                + " join placement p on p.id = e.placement_id where e.status = 'CONFIRMED'"
                + " group by t.network_id, t.municipality_nis, e.work_date, p.type_id, e.reporting_category")) {
            LocalDate month = date(r[2]).withDayOfMonth(1);
            sums.merge(key(r[0], r[1], month, r[3], r[4]), decimal(r[5]), BigDecimal::add);
        }
        return plain(sums);
    }

    private Map<String, String> rolledUpHours() {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Object[] r : rows("select x.network_id, x.municipality_nis, x.worked_month, x.type_id,"
                + " x.reporting_category, sum(x.hours) from (select network_id, municipality_nis, worked_month,"
                + " type_id, reporting_category, hours from hour_rollup union all select network_id,"
                + " municipality_nis, worked_month, type_id, reporting_category, hours from hour_rollup_change) x"
                + " group by x.network_id, x.municipality_nis, x.worked_month, x.type_id, x.reporting_category")) {
            // the month as stored: a roll-up row on another day than the first would show as its own key
            sums.merge(key(r[0], r[1], date(r[2]), r[3], r[4]), decimal(r[5]), BigDecimal::add);
        }
        return plain(sums);
    }

    // ---- (b) trajectories per network, municipality, status and integration status --------------------------------

    private Map<String, Long> rawTrajectories() {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] r : rows("select t.network_id, t.municipality_nis, t.status, n.integration_status, count(*)"
                + " from trajectory t join newcomer n on n.id = t.newcomer_id"
                + " group by t.network_id, t.municipality_nis, t.status, n.integration_status")) {
            counts.merge(key(r[0], r[1], r[2], r[3]), number(r[4]), Long::sum);
        }
        counts.values().removeIf(c -> c == 0);
        return counts;
    }

    private Map<String, Long> rolledUpTrajectories() {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] r : rows("select x.network_id, x.municipality_nis, x.status, x.integration_status,"
                + " sum(x.trajectories) from (select network_id, municipality_nis, status, integration_status,"
                + " trajectories from trajectory_rollup union all select network_id, municipality_nis, status,"
                + " integration_status, trajectories from trajectory_rollup_change) x"
                + " group by x.network_id, x.municipality_nis, x.status, x.integration_status")) {
            counts.merge(key(r[0], r[1], r[2], r[3]), number(r[4]), Long::sum);
        }
        counts.values().removeIf(c -> c == 0);
        return counts;
    }

    // ---- (c) the dashboard's figures of a network (or of everything) ---------------------------------------------

    /**
     * Raw: distinct newcomers per integration status ({@code newcomers.*}); and beside them, from the same rows,
     * trajectories per status ({@code trajectories.*}), completed ones per integration status ({@code completed.*}),
     * confirmed hours per type and category ({@code hours.*}) and those of the month ({@code month.*}).
     */
    private Map<String, String> rawFigures(String condition, YearMonth month) {
        String where = " where " + condition;
        String and = where + " and ";
        Map<String, String> figures = new TreeMap<>();
        for (Object[] r : rows("select n.integration_status, count(distinct t.newcomer_id) from trajectory t"
                + " join newcomer n on n.id = t.newcomer_id" + where + " group by n.integration_status")) {
            put(figures, "newcomers." + r[0], number(r[1]));
        }
        for (Object[] r : rows("select t.status, count(*) from trajectory t" + where + " group by t.status")) {
            put(figures, "trajectories." + r[0], number(r[1]));
        }
        for (Object[] r : rows("select n.integration_status, count(*) from trajectory t"
                + " join newcomer n on n.id = t.newcomer_id" + and + "t.status = 'COMPLETED'"
                + " group by n.integration_status")) {
            put(figures, "completed." + r[0], number(r[1]));
        }
        Map<String, BigDecimal> hours = new TreeMap<>();
        Map<String, BigDecimal> thisMonth = new TreeMap<>();
        for (Object[] r : rows("select p.type_id, e.reporting_category, e.work_date, sum(e.hours) from hour_entry e"
                + " join trajectory t on t.id = e.trajectory_id join placement p on p.id = e.placement_id" + and
                + "e.status = 'CONFIRMED' group by p.type_id, e.reporting_category, e.work_date")) {
            String category = r[0] + "/" + r[1];
            hours.merge(category, decimal(r[3]), BigDecimal::add);
            if (YearMonth.from(date(r[2])).equals(month)) {
                thisMonth.merge(category, decimal(r[3]), BigDecimal::add);
            }
        }
        plain(hours).forEach((k, v) -> figures.put("hours." + k, v));
        plain(thisMonth).forEach((k, v) -> figures.put("month." + k, v));
        return figures;
    }

    private static Map<String, String> reported(TrajectoryFigures f) {
        Map<String, String> figures = new TreeMap<>();
        for (Map.Entry<IntegrationStatus, Long> e : f.newcomers().entrySet()) {
            put(figures, "newcomers." + e.getKey().name(), e.getValue());
        }
        for (Map.Entry<TrajectoryStatus, Long> e : f.trajectories().entrySet()) {
            put(figures, "trajectories." + e.getKey().name(), e.getValue());
        }
        for (Map.Entry<IntegrationStatus, Long> e : f.completed().entrySet()) {
            put(figures, "completed." + e.getKey().name(), e.getValue());
        }
        Map<String, BigDecimal> hours = new TreeMap<>();
        Map<String, BigDecimal> thisMonth = new TreeMap<>();
        for (CategoryFigures c : f.categories()) {
            hours.merge(c.typeId() + "/" + c.categoryId(), c.hours(), BigDecimal::add);
            thisMonth.merge(c.typeId() + "/" + c.categoryId(), c.hoursThisMonth(), BigDecimal::add);
        }
        plain(hours).forEach((k, v) -> figures.put("hours." + k, v));
        plain(thisMonth).forEach((k, v) -> figures.put("month." + k, v));
        return figures;
    }

    // ---- (d) the reports' figures of a period: hours, completions, trajectories running -------------------------

    /**
     * Periods with edges on both sides, on one side, none (whole months), inside one month, and all time; relative to
     * today, where the hours of the mix lie.
     */
    private static List<LocalDate[]> periods() {
        LocalDate today = LocalDate.now(BRUSSELS);
        LocalDate thisMonth = today.withDayOfMonth(1);
        return List.of(
                new LocalDate[] {thisMonth.minusMonths(3), today},
                new LocalDate[] {today.minusDays(50), today.minusDays(10)},
                new LocalDate[] {thisMonth.minusMonths(2), thisMonth.minusDays(1)},
                new LocalDate[] {thisMonth.minusMonths(1).plusDays(4), thisMonth.minusMonths(1).plusDays(20)},
                new LocalDate[] {today.minusDays(85), today},
                new LocalDate[] {LocalDate.of(2023, 1, 1), today},
                new LocalDate[] {thisMonth, today},
                new LocalDate[] {LocalDate.of(2020, 1, 1), today.plusMonths(1).withDayOfMonth(1).minusDays(1)});
    }

    /** Per type/category ({@code category.*}) and per network and month ({@code month.*}), from the entries. */
    private Map<String, String> rawPeriod(String condition, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> categories = new TreeMap<>();
        Map<String, BigDecimal> months = new TreeMap<>();
        for (Object[] r : rows("select p.type_id, e.reporting_category, t.network_id, e.work_date, sum(e.hours)"
                + " from hour_entry e join trajectory t on t.id = e.trajectory_id"
                + " join placement p on p.id = e.placement_id where e.status = 'CONFIRMED' and " + condition
                + " group by p.type_id, e.reporting_category, t.network_id, e.work_date")) {
            LocalDate day = date(r[3]);
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            categories.merge(r[0] + "/" + r[1], decimal(r[4]), BigDecimal::add);
            months.merge(r[2] + "|" + YearMonth.from(day), decimal(r[4]), BigDecimal::add);
        }
        Map<String, String> figures = new TreeMap<>();
        plain(categories).forEach((k, v) -> figures.put("category." + k, v));
        plain(months).forEach((k, v) -> figures.put("month." + k, v));
        // completions in the period and trajectories running on its last day and today, per network and integration
        LocalDate today = LocalDate.now(BRUSSELS);
        for (Object[] r : rows("select t.network_id, n.integration_status, t.status, t.opened_on, t.ended_on"
                + " from trajectory t join newcomer n on n.id = t.newcomer_id where " + condition)) {
            LocalDate opened = date(r[3]);
            LocalDate ended = r[4] == null ? null : date(r[4]);
            String key = r[0] + "|" + r[1];
            if (TrajectoryStatus.COMPLETED.name().equals(r[2]) && ended != null && !ended.isBefore(from)
                    && !ended.isAfter(to)) {
                figures.merge("completed." + key, "1", RollupFixture::plus);
            }
            for (LocalDate on : List.of(to, today)) {
                if (!opened.isAfter(on) && (ended == null || ended.isAfter(on))) {
                    figures.merge("running." + on + "." + key, "1", RollupFixture::plus);
                }
            }
        }
        return figures;
    }

    private static String plus(String a, String b) {
        return Long.toString(Long.parseLong(a) + Long.parseLong(b));
    }

    private Map<String, String> reportedPeriod(ReportScope scope, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> categories = new TreeMap<>();
        for (PeriodReportRepository.CategoryHours c : periodReports.confirmedHours(scope, from, to)) {
            categories.merge(c.typeId() + "/" + c.categoryId(), c.hours(), BigDecimal::add);
        }
        Map<String, BigDecimal> months = new TreeMap<>();
        for (PeriodReportRepository.MonthFigure m : periodReports.confirmedHoursPerMonth(scope, from, to)) {
            months.merge(m.networkId() + "|" + m.month(), m.value(), BigDecimal::add);
        }
        Map<String, String> figures = new TreeMap<>();
        plain(categories).forEach((k, v) -> figures.put("category." + k, v));
        plain(months).forEach((k, v) -> figures.put("month." + k, v));
        for (PeriodReportRepository.NetworkCount c : periodReports.completed(scope, from, to)) {
            figures.merge("completed." + c.networkId() + "|" + c.status().name(), Long.toString(c.count()),
                    RollupFixture::plus);
        }
        LocalDate today = LocalDate.now(BRUSSELS);
        for (LocalDate on : List.of(to, today)) {
            for (PeriodReportRepository.NetworkCount c : periodReports.running(scope, on)) {
                figures.merge("running." + on + "." + c.networkId() + "|" + c.status().name(),
                        Long.toString(c.count()), RollupFixture::plus);
            }
        }
        figures.values().removeIf("0"::equals);
        return figures;
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------

    private static void put(Map<String, String> figures, String key, long count) {
        if (count != 0) {
            figures.put(key, Long.toString(count));
        }
    }

    private static String key(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            if (!key.isEmpty()) {
                key.append('|');
            }
            key.append(part);
        }
        return key.toString();
    }

    /** The non-zero sums as plain decimals: 2.50 and 2.5 are the same figure. */
    private static Map<String, String> plain(Map<String, BigDecimal> sums) {
        Map<String, String> plain = new TreeMap<>();
        sums.forEach((k, v) -> {
            if (v.signum() != 0) {
                plain.put(k, v.stripTrailingZeros().toPlainString());
            }
        });
        return plain;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql) {
        return ((List<Object>) em.createNativeQuery(sql).getResultList()).stream().map(String::valueOf).toList();
    }

    private long count(String sql) {
        return number(em.createNativeQuery(sql).getSingleResult());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
