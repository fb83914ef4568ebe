package db.migration.core;

import be.vierdepijler.core.shared.infrastructure.Jdbc;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The index that answers a name search in the lists of newcomers and trajectories ({@code name_search like '%x%'}):
 * on PostgreSQL a trigram GIN index (extension {@code pg_trgm}, which a database owner may create since PostgreSQL 13),
 * which serves a search for a part of a name without reading every newcomer. H2 has no such index; the embedded
 * default keeps its full scan, which is fast at its size. Where the extension is not available the migration
 * leaves the search unindexed rather than failing (docs/benchmarks.md).
 */
public class V2026120411__Newcomer_name_trigrams extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Jdbc.isPostgreSql(context.getConnection())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            boolean available;
            try (ResultSet rs = statement.executeQuery(
                    "select count(*) from pg_available_extensions where name = 'pg_trgm'")) {
                available = rs.next() && rs.getInt(1) > 0;
            }
            if (available) {
                statement.execute("create extension if not exists pg_trgm");
                statement.execute("create index ix_newcomer_name_trgm on newcomer using gin (name_search gin_trgm_ops)");
            }
        }
    }
}
