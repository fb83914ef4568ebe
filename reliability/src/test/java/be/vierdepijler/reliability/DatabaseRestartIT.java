package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: PostgreSQL restarted ({@code cluster.sh pg-restart 10}) while 6 clients write through the balancer.
 * During the outage requests answer quickly (under 5 s) with 503 and a problem+json body, or not at all (counted
 * apart), never 500 or a stack trace; each node's readiness ({@code /health/ready} on its management port) says DOWN
 * during the outage and UP after; the nodes recover by themselves (a write succeeds within 30 s after PostgreSQL is
 * back, nothing restarted); and no acknowledged write is lost or doubled.
 */
class DatabaseRestartIT extends ScenarioSupport {

    static final int CLIENTS = 6;
    static final int OUTAGE_SECONDS = 10;
    static final long MAX_LATENCY_MS = 5_000;
    static final long RECOVERY_MS = 30_000;

    record Readiness(long at, int node, int status, boolean up) {
    }

    @Test
    void theNodesAnswerQuicklyDuringTheOutageAndRecoverByThemselves() throws Exception {
        Fixtures fixtures = fixtures();
        Tally tally = new Tally();
        String prefix = "rel-pg-" + Fixtures.unique() + "-";
        WriteStream stream = new WriteStream(fixtures, config.base(), CLIENTS, prefix, false, 0, 50, tally);
        Report report = new Report("DatabaseRestartIT — PostgreSQL restarted (" + OUTAGE_SECONDS + " s down) while "
                + CLIENTS + " clients write through the balancer");

        // Watches PostgreSQL itself and each node's readiness, every 250 ms.
        AtomicBoolean watching = new AtomicBoolean(true);
        ConcurrentLinkedQueue<long[]> database = new ConcurrentLinkedQueue<>(); // {at, up ? 1 : 0}
        ConcurrentLinkedQueue<Readiness> readiness = new ConcurrentLinkedQueue<>();
        List<ApiClient> management = new ArrayList<>();
        for (int n = 1; n <= config.nodes().size(); n++) {
            management.add(new ApiClient(config.management(n), Duration.ofSeconds(2)));
        }
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                database.add(new long[] {tally.now(), db.reachable() ? 1 : 0});
                for (int n = 1; n <= management.size(); n++) {
                    ApiClient.Answer ready = management.get(n - 1).get("/health/ready");
                    readiness.add(new Readiness(tally.now(), n, ready.status(),
                            ready.status() == 200 && ready.body().contains("UP")));
                }
                sleep(250);
            }
        }, "watcher");
        watcher.start();

        stream.start();
        sleep(10_000);
        long faultAt = tally.now();
        Cluster.Result restart = cluster.must(Duration.ofSeconds(120), "pg-restart", String.valueOf(OUTAGE_SECONDS));
        long restartedAt = tally.now();
        report.fault("cluster.sh pg-restart " + OUTAGE_SECONDS + " at " + faultAt / 1000.0 + " s (took "
                + restart.took().toMillis() / 1000.0 + " s)");
        // Keep writing until a write succeeds after the restart, then 10 s more.
        long recoveredAt = -1;
        while (tally.now() - restartedAt < RECOVERY_MS + 10_000) {
            recoveredAt = tally.samples().stream().filter(s -> s.startMillis() >= restartedAt && s.status() >= 200
                    && s.status() < 300).mapToLong(s -> s.startMillis() + s.latencyMillis()).min().orElse(-1);
            if (recoveredAt >= 0) {
                break;
            }
            sleep(500);
        }
        sleep(10_000);
        stream.stop();
        sleep(2_000);
        watching.set(false);
        watcher.join(10_000);

        long downFrom = database.stream().filter(s -> s[0] >= faultAt && s[1] == 0).mapToLong(s -> s[0]).min()
                .orElse(faultAt);
        long downUntil = database.stream().filter(s -> s[0] >= downFrom && s[1] == 1).mapToLong(s -> s[0]).min()
                .orElse(restartedAt);
        List<Tally.Sample> during = tally.between(downFrom, downUntil);
        long[] latencies = during.stream().mapToLong(Tally.Sample::latencyMillis).toArray();
        List<String> badBodies = tally.serverErrors().stream().filter(b -> !b.startsWith("503 application/problem+json")
                || b.contains("Exception") || b.contains("\tat ")).toList();
        boolean[] downSeen = new boolean[management.size() + 1];
        boolean[] upAfter = new boolean[management.size() + 1];
        for (int n = 1; n <= management.size(); n++) {
            int node = n;
            downSeen[n] = readiness.stream().anyMatch(r -> r.node() == node && r.at() >= downFrom
                    && r.at() <= downUntil + 5_000 && !r.up());
            upAfter[n] = readiness.stream().filter(r -> r.node() == node).reduce((a, b) -> b).map(Readiness::up)
                    .orElse(false);
        }
        Ledger.Verdict verdict = stream.ledger().check(stream.foundTimes(db));
        Map<String, Integer> duringErrors = Tally.errorsByClass(during);

        report.standard(tally, verdict)
                .line("PostgreSQL down (seen over JDBC)", String.format("%.1f s → %.1f s (%.1f s)", downFrom / 1000.0,
                        downUntil / 1000.0, (downUntil - downFrom) / 1000.0))
                .line("requests during the outage", during.size() + ", errors " + duringErrors)
                .line("latency during the outage", Latencies.summary(latencies))
                .line("5xx other than 503 problem+json", badBodies.size() + (badBodies.isEmpty() ? ""
                        : " e.g. " + ApiClient.abbreviate(badBodies.get(0))))
                .line("readiness during the outage", readinessDuring(readiness, downFrom, downUntil,
                        management.size()))
                .line("readiness DOWN seen during outage", perNode(downSeen))
                .line("readiness UP at the end", perNode(upAfter))
                .line("first write acknowledged after", recoveredAt < 0 ? "none within " + RECOVERY_MS / 1000 + " s"
                        : String.format("%.1f s after PostgreSQL was back", (recoveredAt - downUntil) / 1000.0));
        checkConsistency(report);
        report.print();

        assertThat(verdict.lost()).as("acknowledged writes missing from the database").isEmpty();
        assertThat(verdict.doubled()).as("writes found more than once").isEmpty();
        assertThat(verdict.refusedButFound()).as("writes refused (4xx) but done").isEmpty();
        assertThat(Tally.count(tally.samples(), s -> s == 500)).as("500 answers").isZero();
        assertThat(badBodies).as("5xx answers that are not 503 problem+json without a stack trace").isEmpty();
        assertThat(during).as("requests during the outage").isNotEmpty();
        assertThat(Latencies.max(latencies)).as("slowest answer during the outage (ms)").isLessThan(MAX_LATENCY_MS);
        assertThat(recoveredAt).as("a write acknowledged after PostgreSQL came back").isGreaterThanOrEqualTo(0);
        assertThat(recoveredAt - downUntil).as("recovery (ms)").isLessThan(RECOVERY_MS);
        for (int n = 1; n <= management.size(); n++) {
            assertThat(downSeen[n]).as("node " + n + " not ready during the outage").isTrue();
            assertThat(upAfter[n]).as("node " + n + " ready again").isTrue();
        }
        assertConsistent();
    }

    /** Per node, how often /health/ready answered each status while PostgreSQL was down (0: no answer in 2 s). */
    private static String readinessDuring(java.util.Collection<Readiness> samples, long from, long until, int nodes) {
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= nodes; n++) {
            int node = n;
            lines.add("node " + n + ": " + samples.stream().filter(r -> r.node() == node && r.at() >= from
                            && r.at() <= until).collect(java.util.stream.Collectors.groupingBy(
                            r -> r.status() + (r.up() ? " UP" : " DOWN"), java.util.TreeMap::new,
                            java.util.stream.Collectors.counting())));
        }
        return String.join(", ", lines);
    }

    private static String perNode(boolean[] values) {
        List<String> nodes = new ArrayList<>();
        for (int n = 1; n < values.length; n++) {
            nodes.add("node " + n + ": " + (values[n] ? "yes" : "no"));
        }
        return String.join(", ", nodes);
    }
}
