package be.vierdepijler.web.platform;

import be.vierdepijler.core.shared.infrastructure.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deployment, before the application serves a request. Every module keeps its
 * migrations under {@code db/migration/<module>} in its own jar; versions are dated ({@code V2026112301__...}) so that
 * modules never collide (see docs/adr/0003). All pending migrations run in one transaction ({@code group}): on
 * PostgreSQL, whose DDL is transactional, a migration that fails takes the ones before it back with it and the
 * database stays exactly as it was (docs/adr/0023). The failure is logged as one ERROR line naming the migration and
 * the database's reason, and fails the deployment, and with it the readiness probe ({@code /health/ready} reports
 * every deployment's state): better no server than one on a half-migrated schema. On several nodes Flyway's database
 * lock lets one node migrate while the others wait (docs/adr/0019).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    static final int CONNECT_RETRIES = 25;

    @Resource(lookup = "java:jboss/datasources/VierdePijlerDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // All pending migrations in one transaction: all of them or none (docs/adr/0023).
                .group(true)
                // A database that is not there yet (restarting, or starting with the nodes) is waited for, with
                // growing pauses of at most 5 s, for about two minutes, rather than failing the deployment for good.
                .connectRetries(CONNECT_RETRIES)
                .connectRetriesInterval(5)
                .load();
        MigrationInfo current = flyway.info().current();
        String before = current == null ? "none (an empty database)" : current.getVersion().getVersion();
        MigrateResult result;
        try {
            result = flyway.migrate();
        } catch (FlywayException e) {
            LOG.log(MigrationFailure.ERROR, () -> MigrationFailure.describe(before, transactionalDdl(), e.getMessage()));
            throw e;
        }
        LOG.info(() -> String.format("Database schema at version %s (%d migrations applied now, %d ms)",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted, (System.nanoTime() - start) / 1_000_000));
    }

    /** PostgreSQL takes DDL back with a rolled-back transaction; H2 commits each DDL statement at once. */
    private boolean transactionalDdl() {
        try (Connection connection = dataSource.getConnection()) {
            return Jdbc.isPostgreSql(connection);
        } catch (SQLException e) {
            return false;
        }
    }
}
