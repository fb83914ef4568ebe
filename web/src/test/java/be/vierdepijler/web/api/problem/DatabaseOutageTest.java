package be.vierdepijler.web.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.junit.jupiter.api.Test;

/** What the 503 of a database outage answers, and what it leaves to the other mappers. */
class DatabaseOutageTest {

    @Test
    void theDriverRefusedAtConnectionTimeAnywhereInTheChain() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
        assertThat(DatabaseOutage.recognises(refused)).isTrue();
        assertThat(DatabaseOutage.recognises(new EJBException(new PersistenceException("could not execute",
                new RuntimeException(refused))))).isTrue();
    }

    @Test
    void theServerShuttingDownOrStartingUp() {
        assertThat(DatabaseOutage.recognises(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseOutage.recognises(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseOutage.recognises(new SQLException("An I/O error occurred", "08006"))).isTrue();
    }

    @Test
    void thePoolCouldNotGetAConnection() {
        SQLException pool = new SQLException("IJ031019: You are trying to use a connection factory that has been shut down",
                new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/VierdePijlerDS"));
        assertThat(DatabaseOutage.recognises(new PersistenceException("Unable to acquire JDBC Connection", pool)))
                .isTrue();
        assertThat(DatabaseOutage.recognises(new RuntimeException(
                new SQLTransientConnectionException("timed out")))).isTrue();
    }

    @Test
    void aNextExceptionOfABatch() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseOutage.recognises(new PersistenceException(batch))).isTrue();
    }

    @Test
    void aCommitThatFailedKeepsTheDriversFailureAsSuppressed() {
        // What Narayana throws when PostgreSQL shuts down during the commit.
        Exception rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        Exception local = new RuntimeException("IJ001156: Could not commit local transaction", new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(local);
        assertThat(DatabaseOutage.recognises(new RuntimeException(rollback))).isTrue();
    }

    @Test
    void notAnOutage() {
        assertThat(DatabaseOutage.recognises(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.recognises(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.recognises(new OptimisticLockException("stale"))).isFalse();
        assertThat(DatabaseOutage.recognises(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.recognises(null)).isFalse();
    }

    @Test
    void aCycleInTheChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseOutage.recognises(a)).isFalse();
    }
}
