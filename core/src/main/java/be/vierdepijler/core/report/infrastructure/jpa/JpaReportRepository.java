package be.vierdepijler.core.report.infrastructure.jpa;

import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.report.domain.CategoryFigures;
import be.vierdepijler.core.report.domain.ReportRepository;
import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.core.report.domain.TrajectoryFigures;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
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
 * Three grouped queries over the scoped trajectories: trajectories per status and integration status, distinct
 * newcomers per integration status, and confirmed hours per reporting category (all time and the month in one pass).
 * The scope narrows {@code trajectory} by {@code network_id} or {@code municipality_nis} (indexes
 * {@code ix_trajectory_network}, {@code ix_trajectory_municipality}); the newcomer's integration status and the hours
 * are reached from there through the covering indexes {@code ix_newcomer_integration} and {@code ix_hour_entry_report}.
 * Hours follow their trajectory: after a referral they count in the new network.
 */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    private static final String FROM_TRAJECTORIES = " from trajectory t join newcomer n on n.id = t.newcomer_id";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public TrajectoryFigures trajectoryFigures(ReportScope scope, YearMonth month) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, params);

        Map<TrajectoryStatus, Long> byStatus = new EnumMap<>(TrajectoryStatus.class);
        Map<IntegrationStatus, Long> completed = new EnumMap<>(IntegrationStatus.class);
        for (Object[] r : rows("select t.status, n.integration_status, count(*)" + FROM_TRAJECTORIES + where
                + " group by t.status, n.integration_status", params)) {
            TrajectoryStatus status = TrajectoryStatus.valueOf((String) r[0]);
            long count = ((Number) r[2]).longValue();
            byStatus.merge(status, count, Long::sum);
            if (status == TrajectoryStatus.COMPLETED) {
                completed.merge(IntegrationStatus.valueOf((String) r[1]), count, Long::sum);
            }
        }

        Map<IntegrationStatus, Long> newcomers = new EnumMap<>(IntegrationStatus.class);
        for (Object[] r : rows("select n.integration_status, count(distinct t.newcomer_id)" + FROM_TRAJECTORIES + where
                + " group by n.integration_status", params)) {
            newcomers.put(IntegrationStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }

        Map<String, Object> hourParams = new HashMap<>(params);
        hourParams.put("monthStart", month.atDay(1));
        hourParams.put("nextMonth", month.plusMonths(1).atDay(1));
        List<CategoryFigures> categories = new ArrayList<>();
        for (Object[] r : rows("select p.type_id, e.reporting_category, sum(e.hours),"
                + " sum(case when e.work_date >= :monthStart and e.work_date < :nextMonth then e.hours else 0 end)"
                + " from trajectory t join hour_entry e on e.trajectory_id = t.id"
                + " join placement p on p.id = e.placement_id" + where + " and e.status = 'CONFIRMED'"
                + " group by p.type_id, e.reporting_category", hourParams)) {
            categories.add(new CategoryFigures((String) r[0], (String) r[1], decimal(r[2]), decimal(r[3])));
        }
        return new TrajectoryFigures(month, newcomers, byStatus, completed, categories);
    }

    /** The scope as a condition on {@code trajectory t}; always starts with {@code where}. */
    private static String where(ReportScope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (scope.networkIds() != null) {
            where.append(" and t.network_id in (:networks)");
            params.put("networks", scope.networkIdsForQuery());
        }
        if (scope.municipalityNis() != null) {
            where.append(" and t.municipality_nis = :nis");
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
