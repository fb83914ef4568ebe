package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a node killed (kill -9) in the middle of a stream of writes from 8 clients, each with its own session
 * through the balancer (hours, confirmations, offer edits, placements). Afterwards every write answered 2xx is in the
 * database exactly once, writes without an answer ("unknown") at most once, the clients' sessions keep working on the
 * surviving node, and the error rate of the failover is measured. Node 1 is started again at the end.
 */
class NodeCrashIT extends ScenarioSupport {

    static final int CLIENTS = 8;
    static final long BEFORE_KILL_MS = 10_000;
    static final long AFTER_KILL_MS = 25_000;
    /** After this long the balancer has taken the dead node out: from then on no error is allowed. */
    static final long FAILOVER_MS = 15_000;

    private boolean killed;

    @Test
    void aKilledNodeLosesNoAcknowledgedWriteAndNoSession() throws Exception {
        Fixtures fixtures = fixtures();
        Tally tally = new Tally();
        String prefix = "rel-crash-" + Fixtures.unique() + "-";
        WriteStream stream = new WriteStream(fixtures, config.base(), CLIENTS, prefix, true, 2, 20, tally);
        Report report = new Report("NodeCrashIT — kill -9 of node 1 during a stream of writes (" + CLIENTS
                + " clients through the balancer)");

        stream.start();
        sleep(BEFORE_KILL_MS);
        long killAt = tally.now();
        cluster.must(Duration.ofSeconds(60), "kill", "1");
        killed = true;
        report.fault("kill -9 of node 1 at " + killAt / 1000.0 + " s");
        sleep(AFTER_KILL_MS);
        stream.stop();
        long end = tally.now();

        // The sessions survive: every client is still signed in and writes, on node 2 alone now.
        int sessionsAlive = 0;
        int writesAfter = 0;
        for (WriteStream.Writer writer : stream.writers()) {
            if (tally.time("session", () -> writer.client().get("/api/v1/session")).status() == 200
                    && tally.time("session", () -> writer.editor().get("/api/v1/session")).status() == 200) {
                sessionsAlive++;
            }
            if (writer.hours().ok()) {
                writesAfter++;
            }
        }

        List<Tally.Sample> before = tally.between(0, killAt);
        List<Tally.Sample> failover = tally.between(killAt, killAt + FAILOVER_MS);
        List<Tally.Sample> after = tally.between(killAt + FAILOVER_MS, end);
        Ledger.Verdict verdict = stream.ledger().check(stream.foundTimes(db));

        report.standard(tally, verdict)
                .line("writes by kind", stream.byKind())
                .line("errors before the kill", rate(before))
                .line("errors in the failover (15 s)", rate(failover))
                .line("errors after the failover", rate(after))
                .line("sessions alive afterwards", sessionsAlive + " of " + CLIENTS + " clients (counsellor and"
                        + " coordinator each)")
                .line("writes after, one per session", writesAfter + " of " + CLIENTS + " acknowledged");
        checkConsistency(report);
        cluster.must(Duration.ofSeconds(300), "start", "1");
        killed = false;
        report.line("node 1 started again", "yes");
        report.print();

        assertThat(verdict.lost()).as("acknowledged writes missing from the database").isEmpty();
        assertThat(verdict.doubled()).as("writes found more than once").isEmpty();
        assertThat(verdict.refusedButFound()).as("writes refused (4xx) but done").isEmpty();
        assertThat(verdict.acknowledged()).as("writes acknowledged").isGreaterThan(100);
        assertThat(Tally.count(tally.samples(), s -> s == 500)).as("500 answers").isZero();
        assertThat(Tally.count(tally.samples(), s -> s == 401 || s == 403)).as("sessions lost (401/403)").isZero();
        assertThat(Tally.count(after, s -> s == 0 || s >= 500)).as("errors once the failover is over").isZero();
        assertThat(sessionsAlive).isEqualTo(CLIENTS);
        assertThat(writesAfter).isEqualTo(CLIENTS);
        assertConsistent();
    }

    private static String rate(List<Tally.Sample> samples) {
        long errors = Tally.count(samples, s -> s == 0 || s >= 500);
        return String.format("%d of %d (%.2f %%) %s", errors, samples.size(),
                samples.isEmpty() ? 0.0 : 100.0 * errors / samples.size(), Tally.errorsByClass(samples));
    }

    @AfterEach
    void nodeOneRunsAgain() {
        if (killed) {
            cluster.run(Duration.ofSeconds(300), java.util.Map.of(), "start", "1");
        }
    }
}
