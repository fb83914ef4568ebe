package be.vierdepijler.core.report.infrastructure.jpa;

import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.report.domain.CategoryFigures;
import be.vierdepijler.core.report.domain.ReportRepository;
import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.core.report.domain.TrajectoryFigures;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import be.vierdepijler.core.trajectory.infrastructure.jpa.JpaFigureChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures from the roll-ups (docs/adr/0018-figures-kept-as-roll-ups.md), each the roll-up plus the
 * changes not yet folded, in one statement: trajectories per status and integration status; distinct newcomers per
 * integration status, which is that count less the extra trajectories of the few newcomers with more than one
 * ({@code newcomer_repeat}); confirmed hours per type and reporting category, all time and the month in one pass.
 * The scope narrows by {@code network_id} or {@code municipality_nis}, which both roll-ups keep. Hours follow their
 * trajectory: after a referral they count in the new network.
 */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    /** The trajectories' roll-up and the changes not yet folded into it, read in one statement (one snapshot). */
    static final String TRAJECTORIES = JpaFigureChanges.TRAJECTORY_COUNTS;
    /** The confirmed hours' roll-up and the changes not yet folded into it. */
    static final String HOURS = "select network_id, municipality_nis, worked_month, type_id, reporting_category, hours"
            + " from hour_rollup union all select network_id, municipality_nis, worked_month, type_id, reporting_category,"
            + " hours from hour_rollup_change";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public TrajectoryFigures trajectoryFigures(ReportScope scope, YearMonth month) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, params, "x");

        Map<TrajectoryStatus, Long> byStatus = new EnumMap<>(TrajectoryStatus.class);
        Map<IntegrationStatus, Long> completed = new EnumMap<>(IntegrationStatus.class);
        Map<IntegrationStatus, Long> newcomers = new EnumMap<>(IntegrationStatus.class);
        for (Object[] r : rows("select x.status, x.integration_status, sum(x.trajectories) from (" + TRAJECTORIES
                + ") x" + where + " group by x.status, x.integration_status", params)) {
            long count = ((Number) r[2]).longValue();
            if (count == 0) {
                continue;
            }
            TrajectoryStatus status = TrajectoryStatus.valueOf((String) r[0]);
            IntegrationStatus integration = IntegrationStatus.valueOf((String) r[1]);
            byStatus.merge(status, count, Long::sum);
            newcomers.merge(integration, count, Long::sum);
            if (status == TrajectoryStatus.COMPLETED) {
                completed.merge(integration, count, Long::sum);
            }
        }
        // a newcomer with several trajectories in the scope counts once: take off the extra ones of the few
        Map<String, Object> repeatParams = new HashMap<>();
        for (Object[] r : rows("select n.integration_status, count(*) - count(distinct t.newcomer_id)"
                + " from newcomer_repeat r join trajectory t on t.newcomer_id = r.newcomer_id"
                + " join newcomer n on n.id = r.newcomer_id" + where(scope, repeatParams, "t")
                + " group by n.integration_status", repeatParams)) {
            newcomers.merge(IntegrationStatus.valueOf((String) r[0]), -((Number) r[1]).longValue(), Long::sum);
        }
        newcomers.values().removeIf(c -> c == 0);

        Map<String, Object> hourParams = new HashMap<>(params);
        hourParams.put("month", month.atDay(1));
        List<CategoryFigures> categories = new ArrayList<>();
        for (Object[] r : rows("select x.type_id, x.reporting_category, sum(x.hours),"
                + " sum(case when x.worked_month = :month then x.hours else 0 end) from (" + HOURS + ") x" + where
                + " group by x.type_id, x.reporting_category", hourParams)) {
            if (decimal(r[2]).signum() != 0) {
                categories.add(new CategoryFigures((String) r[0], (String) r[1], decimal(r[2]), decimal(r[3])));
            }
        }
        return new TrajectoryFigures(month, newcomers, byStatus, completed, categories);
    }

    /** The scope as a condition on the table {@code alias}; always starts with {@code where}. */
    private static String where(ReportScope scope, Map<String, Object> params, String alias) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
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

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return d.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
