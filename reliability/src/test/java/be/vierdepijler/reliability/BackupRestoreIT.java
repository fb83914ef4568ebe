package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a backup of the cluster's database ({@code pg_dump -Fc}) restored ({@code pg_restore}) into a fresh
 * database, one extra node started on it with cluster.sh (CLUSTER_KEEP_DB=1, its own CLUSTER_NAME, database, offset
 * and balancer port), and the figures compared with the original: the dashboard's totals, every trajectory's hours,
 * the counts of trajectories, hour entries and certificates. Some trajectories with hours and a certificate are made
 * first, so that there is something to compare even on a fresh cluster.
 */
class BackupRestoreIT extends ScenarioSupport {

    /** The restored node's port offset (rel.restore.offset; default 900: HTTP 8980, management 10890). */
    final int offset = Integer.getInteger("rel.restore.offset", 900);
    final int lbPort = Integer.getInteger("rel.restore.lb.port", 8080 + offset + 15);

    @Test
    void aRestoredBackupAnswersTheSameFigures() throws Exception {
        Fixtures fixtures = fixtures();
        ApiClient counsellor = fixtures.counsellor(config.base());
        long offer = fixtures.offer(fixtures.organisation(), 10);
        for (int t = 0; t < 3; t++) {
            long trajectory = Fixtures.activeTrajectory(counsellor, "Backup" + t, 40);
            long placement = Fixtures.placed(counsellor, trajectory, offer, 30);
            // trajectory 0: 2 of 3 entries confirmed (20 h); 1 and 2: completed at 40 h, with a certificate
            List<Long> entries = new ArrayList<>();
            for (int d = 1; d <= 3 + t; d++) {
                entries.add(Fixtures.reported(counsellor, trajectory, placement, Fixtures.TODAY.minusDays(d), "10"));
            }
            for (int e = 0; e < (t == 0 ? 2 : 4); e++) {
                Fixtures.expect(Fixtures.decide(counsellor, trajectory, entries.get(e), "confirm"), 200, "confirm");
            }
        }
        Report report = new Report("BackupRestoreIT — pg_dump -Fc, pg_restore into a fresh database, one node on it");
        String restoredDb = config.dbName() + "_restore";
        Path dump = Files.createTempFile("vierdepijler-", ".dump");
        String name = System.getenv().getOrDefault("CLUSTER_NAME", "rel") + "-restore";
        Map<String, String> env = Map.of("CLUSTER_NAME", name, "CLUSTER_DB", restoredDb,
                "CLUSTER_OFFSETS", String.valueOf(offset), "CLUSTER_LB_PORT", String.valueOf(lbPort),
                "CLUSTER_KEEP_DB", "1");
        Map<String, Object> original = figures(config.base(), db);
        boolean up = false;
        try {
            long dumpStart = System.nanoTime();
            run("pg_dump", "-Fc", "-h", "127.0.0.1", "-U", config.dbUser(), "-f", dump.toString(), config.dbName());
            long dumpMs = (System.nanoTime() - dumpStart) / 1_000_000;
            run("dropdb", "--if-exists", "-h", "127.0.0.1", "-U", config.dbUser(), restoredDb);
            run("createdb", "-h", "127.0.0.1", "-U", config.dbUser(), restoredDb);
            long restoreStart = System.nanoTime();
            run("pg_restore", "--no-owner", "-h", "127.0.0.1", "-U", config.dbUser(), "-d", restoredDb,
                    dump.toString());
            long restoreMs = (System.nanoTime() - restoreStart) / 1_000_000;
            report.fault("backup and restore of " + config.dbName() + " (" + Files.size(dump) / 1024 + " KB, dump "
                    + dumpMs + " ms, restore " + restoreMs + " ms) into " + restoredDb);
            Cluster.Result started = cluster.must(Duration.ofSeconds(600), env, "up");
            up = true;
            report.line("restored node up in", started.took().toSeconds() + " s (offset " + offset + ")");
            String node = "http://127.0.0.1:" + (8080 + offset);
            Map<String, Object> restored = figures(node, new Db(config.dbUrlOf(restoredDb), config.dbUser(),
                    config.dbPassword()));
            original.forEach((figure, value) -> report.line(figure, (value instanceof List<?> list
                    ? list.size() + " values" : String.valueOf(value)) + (value.equals(restored.get(figure))
                    ? " (same after restore)" : " ≠ " + restored.get(figure) + " after restore")));
            report.print();
            assertThat(restored).isEqualTo(original);
        } finally {
            if (up) {
                cluster.run(Duration.ofSeconds(120), env, "down");
            }
            run("dropdb", "--if-exists", "-h", "127.0.0.1", "-U", config.dbUser(), restoredDb);
            Files.deleteIfExists(dump);
        }
    }

    /** The figures to compare, read from one node (or the balancer) and its database. */
    private Map<String, Object> figures(String base, Db database) {
        ApiClient admin = Fixtures.administrator(base, config.adminPassword());
        Map<String, Object> figures = new LinkedHashMap<>();
        JsonNode dashboard = Fixtures.expect(admin.get("/api/v1/reports/dashboard"), 200, "dashboard").json();
        List<String> totals = new ArrayList<>();
        flatten("", dashboard, totals);
        figures.put("dashboard figures (API)", totals);
        figures.put("trajectories (API)", Fixtures.expect(admin.get("/api/v1/trajectories?size=1"), 200,
                "trajectories").json().path("totalItems").asLong());
        figures.put("trajectories (DB)", database.number("select count(*) from trajectory"));
        figures.put("hour entries (DB)", database.number("select count(*) from hour_entry"));
        figures.put("certificates (DB)", database.number("select count(*) from certificate"));
        figures.put("confirmed hours in all (DB)", database.decimal("select sum(confirmed_hours) from trajectory")
                .stripTrailingZeros().toPlainString());
        figures.put("hours per trajectory (DB, checksum)", database.text("select md5(string_agg(id || ':'"
                + " || confirmed_hours || ':' || reported_hours || ':' || status, ',' order by id)) from trajectory"));
        return figures;
    }

    /** Every number and text of the JSON as path=value, leaving out when it was made (…At, …On, today). */
    private static void flatten(String path, JsonNode node, List<String> into) {
        if (node.isValueNode()) {
            into.add(path + "=" + node.asText());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), into);
            }
        } else {
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().endsWith("At") && !f.getKey().endsWith("On") && !f.getKey().equals("today")) {
                    flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), into);
                }
            });
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
