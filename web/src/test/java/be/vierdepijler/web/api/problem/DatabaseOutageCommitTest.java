package be.vierdepijler.web.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A commit that failed because PostgreSQL was shutting down (DatabaseRestartIT saw it answer 500): Narayana's
 * RollbackException carries the resource's failure only as a suppressed exception.
 */
class DatabaseOutageCommitTest {

    @Test
    void aCommitFailedBecauseThePostgresqlServerShutsDownIsAnOutage() {
        Exception commit = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception local = new Exception("IJ001156: Could not commit local transaction",
                new Exception("SQLException", new SQLException("FATAL: terminating connection due to administrator"
                        + " command", "57P01")));
        commit.addSuppressed(local);
        assertThat(DatabaseOutage.recognises(new RuntimeException(commit))).isTrue();
    }

    @Test
    void aSuppressedFailureThatIsNoOutageIsNone() {
        Exception commit = new Exception("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("duplicate key", "23505"));
        commit.addSuppressed(commit.getSuppressed()[0]);
        assertThat(DatabaseOutage.recognises(commit)).isFalse();
    }
}
