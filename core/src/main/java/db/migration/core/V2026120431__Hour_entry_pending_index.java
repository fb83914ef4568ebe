package db.migration.core;

import be.vierdepijler.core.shared.infrastructure.Jdbc;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The worklist's "hours waiting" (a pending entry reported more than 7 days ago, JpaWorklistRepository): on PostgreSQL
 * a partial index of the pending entries only (76,000 of 5,000,000 at the full volume, 2.3 MB), which PostgreSQL reads
 * once as a hashed subplan instead of probing the 236 MB {@code ix_hour_entry_worklist} once per open trajectory
 * (12,415 probes for limburg; the summary's buffers went from 133,000 to 84,000, docs/benchmarks.md). H2 has no
 * partial indexes; the embedded default keeps the probes of {@code ix_hour_entry_worklist}, which are fast at its
 * size.
 */
public class V2026120431__Hour_entry_pending_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Jdbc.isPostgreSql(context.getConnection())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create index ix_hour_entry_pending on hour_entry (trajectory_id, reported_at)"
                    + " where status = 'PENDING'");
        }
    }
}
