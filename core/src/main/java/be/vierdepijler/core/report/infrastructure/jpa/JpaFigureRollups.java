package be.vierdepijler.core.report.infrastructure.jpa;

import be.vierdepijler.core.report.domain.FigureRollups;
import be.vierdepijler.core.shared.infrastructure.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fold over JDBC. It first updates the one row of {@code rollup_fold}, so that folds on several nodes take turns;
 * then, for each kind, reads a batch of changes in one statement, adds their sums per key to the roll-up (an update,
 * or an insert for a key not there yet: only a fold inserts there, and folds take turns) and deletes exactly the
 * changes it read, by id. A change committed meanwhile is neither read nor deleted: the next fold takes it.
 */
@ApplicationScoped
public class JpaFigureRollups implements FigureRollups {

    private static final int DELETE_CHUNK = 500;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** A roll-up: its tables, its key columns and its measure. */
    private record Kind(String table, List<String> keys, String measure) {
    }

    private static final Kind HOURS = new Kind("hour_rollup", List.of("network_id", "municipality_nis", "worked_month",
            "type_id", "reporting_category"), "hours");
    private static final Kind TRAJECTORIES = new Kind("trajectory_rollup", List.of("network_id", "municipality_nis",
            "status", "integration_status"), "trajectories");

    @Override
    public int fold(int limit) {
        Jdbc.update(em, "update rollup_fold set folded_at = ? where id = 1", List.of(Timestamp.from(Instant.now())));
        return fold(HOURS, limit) + fold(TRAJECTORIES, limit);
    }

    private int fold(Kind kind, int limit) {
        List<Long> ids = new ArrayList<>();
        Map<List<Object>, BigDecimal> sums = new LinkedHashMap<>();
        Jdbc.query(em, "select id, " + String.join(", ", kind.keys()) + ", " + kind.measure() + " from "
                + kind.table() + "_change order by id fetch first " + limit + " rows only", List.of(), row -> {
                    ids.add(row.getLong(1));
                    List<Object> key = new ArrayList<>();
                    for (int i = 0; i < kind.keys().size(); i++) {
                        key.add(row.getObject(i + 2));
                    }
                    sums.merge(key, row.getBigDecimal(kind.keys().size() + 2), BigDecimal::add);
                    return null;
                });
        String match = String.join(" and ", kind.keys().stream().map(k -> k + " = ?").toList());
        for (Map.Entry<List<Object>, BigDecimal> sum : sums.entrySet()) {
            if (sum.getValue().signum() == 0) {
                continue;
            }
            List<Object> parameters = new ArrayList<>();
            parameters.add(sum.getValue());
            parameters.addAll(sum.getKey());
            int updated = Jdbc.update(em, "update " + kind.table() + " set " + kind.measure() + " = "
                    + kind.measure() + " + ? where " + match, parameters);
            if (updated == 0) {
                List<Object> values = new ArrayList<>(sum.getKey());
                values.add(sum.getValue());
                Jdbc.update(em, "insert into " + kind.table() + " (" + String.join(", ", kind.keys()) + ", "
                        + kind.measure() + ") values (" + Jdbc.placeholders(values) + ")", values);
            }
        }
        for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK));
            Jdbc.update(em, "delete from " + kind.table() + "_change where id in (" + Jdbc.placeholders(chunk) + ")",
                    List.of(chunk));
        }
        return ids.size();
    }
}
