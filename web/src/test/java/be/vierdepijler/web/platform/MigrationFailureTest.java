package be.vierdepijler.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationFailureTest {

    /** Flyway 13's message for a failed SQL migration on PostgreSQL, as WildFly logged it. */
    private static final String FLYWAY = """
            Failed to execute script V2026120503__core_progress_links.sql
            -------------------------------------------------------------
            SQL State  : 42P07
            Error Code : 0
            Message    : ERROR: relation "progress_link" already exists
            Location   : db/migration/core/V2026120503__core_progress_links.sql (/content/vierdepijler.ear/lib/vierdepijler-core.jar/db/migration/core/V2026120503__core_progress_links.sql)
            Line       : 3
            Statement  : Run Flyway with -X option to see the actual statement causing the problem
            """;

    @Test
    void oneLineNamesTheMigrationTheDatabasesReasonAndThatNothingChangedOnPostgresql() {
        String line = MigrationFailure.describe("2026120403", true, FLYWAY);

        assertThat(line).doesNotContain("\n").doesNotContain("Statement")
                .startsWith("Database migration failed: V2026120503__core_progress_links.sql: SQL State 42P07,"
                        + " Message ERROR: relation \"progress_link\" already exists, Line 3.")
                .contains("rolled back: the database is as it was, at schema version 2026120403.");
    }

    @Test
    void theOlderWordingNamesTheMigrationToo() {
        assertThat(MigrationFailure.describe("1", true, "Migration V2__b.sql failed\nSQL State  : 23505\n"))
                .startsWith("Database migration failed: V2__b.sql: SQL State 23505. ");
    }

    @Test
    void itIsLoggedAsAnErrorAsSevereAsSevere() {
        assertThat(MigrationFailure.ERROR.getName()).isEqualTo("ERROR");
        assertThat(MigrationFailure.ERROR.intValue()).isEqualTo(java.util.logging.Level.SEVERE.intValue());
    }

    @Test
    void onADatabaseThatCommitsDdlItSaysToRestoreTheBackup() {
        assertThat(MigrationFailure.describe("2026120403", false, FLYWAY))
                .contains("may have been applied", "restore the backup").doesNotContain("as it was");
    }

    @Test
    void aFailureWithoutAMigrationStillSaysWhy() {
        assertThat(MigrationFailure.describe("none (an empty database)", true,
                "Validate failed: Migrations have failed validation\nDetected failed migration to version 1"))
                .startsWith("Database migration failed: Validate failed: Migrations have failed validation. ");
        assertThat(MigrationFailure.describe("1", true, null)).startsWith("Database migration failed: Flyway gave no reason");
    }
}
