package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** What the scenarios share: the cluster's configuration, its database, its control script and the administrator. */
abstract class ScenarioSupport {

    final RelConfig config = RelConfig.fromSystemProperties();
    final Db db = Db.of(config);
    final Cluster cluster = new Cluster(config);

    /** The administrator through the balancer, with Ieper taking part. */
    Fixtures fixtures() {
        // PostgreSQL is shared on this machine and may be restarting (another cluster's test): wait up to a minute.
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                Fixtures fixtures = new Fixtures(Fixtures.administrator(config.base(), config.adminPassword()));
                fixtures.ieperTakesPart();
                return fixtures;
            } catch (IllegalStateException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                System.out.println("[fixtures] the cluster is not answering yet: " + e.getMessage());
                sleep(3_000);
            }
        }
    }

    /** The applicable rules of bench/generate/90-check.sql, printed in the report, and asserted. */
    void checkConsistency(Report report) {
        Map<String, Long> counts = Consistency.check(db);
        Map<String, Long> broken = Consistency.broken(counts);
        report.line("consistency rules (90-check.sql)", counts.size() + " checked, "
                + (broken.isEmpty() ? "all hold" : "broken: " + broken));
    }

    void assertConsistent() {
        assertThat(Consistency.broken(Consistency.check(db))).as("rules of bench/generate/90-check.sql").isEmpty();
    }

    /** Runs the calls at the same moment (a latch opens them together), each on its own thread. */
    static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
