package db.migration.core;

import be.vierdepijler.core.shared.infrastructure.Jdbc;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * For the reports that count completions and running trajectories from the roll-up (JpaPeriodReportRepository): the
 * trajectories whose end day does not fit their status (open with an end day, closed without one), which those reports
 * correct for and which are normally none. On PostgreSQL, statistics of that very expression, so that the planner
 * expects ~0 rows where it multiplied the shares of the status and of a missing end day (60,000), and an index of just
 * those trajectories (a partial index, empty), so that reading them costs nothing: without both it planned a parallel
 * hash join over all 250,000 newcomers for them, whose workers' start alone took 40-90 ms on the 2-core machine. The
 * expression must stay exactly {@code JpaPeriodReportRepository.END_MISMATCH}. H2 has neither; the embedded default
 * reads those ranges of {@code ix_trajectory_completed}, which are small at its size.
 */
public class V2026120432__Trajectory_end_mismatch extends BaseJavaMigration {

    public static final String MISMATCH = "(case when status in ('INTAKE', 'ACTIVE') then ended_on is not null"
            + " else ended_on is null end)";

    @Override
    public void migrate(Context context) throws Exception {
        if (!Jdbc.isPostgreSql(context.getConnection())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create statistics st_trajectory_end_mismatch on " + MISMATCH + " from trajectory");
            statement.execute("create index ix_trajectory_end_mismatch on trajectory (status, ended_on) where "
                    + MISMATCH);
            statement.execute("analyze trajectory");
        }
    }
}
