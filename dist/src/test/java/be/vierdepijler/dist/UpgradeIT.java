package be.vierdepijler.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Upgrades lose nothing (issue 19). A database made by the previous release (the dump in resources/upgrade, made by
 * dist/src/test/upgrade/record-previous-release.sh with its synthetic example data) is restored and the current
 * distribution started on it. First with one of the new migrations made to fail, as a database an operator touched by
 * hand would make it: a table of that name already there. The server must say which migration failed and why, not get
 * ready, and leave the database exactly as it was. Then, the obstacle removed, the upgrade goes through, and every
 * record of the previous release is still there, unchanged, and every figure the minister is asked for is the same.
 */
class UpgradeIT {

    private static final String DATABASE = "vp_dist_upgrade";
    /** The previous release's first administrator (record-previous-release.sh). */
    private static final String ADMIN_PASSWORD = "upgrade-admin-1";
    /** One of the migrations the previous release does not have, and the object that makes it fail. */
    private static final String FAILING_MIGRATION = "V2026120503__core_progress_links.sql";
    private static final String PLANT = "create table progress_link (id bigint primary key, note varchar(40))";
    /** The dashboard's offers are counted for today's date: they move with the calendar, not with an upgrade. */
    private static final Set<String> MOVES_WITH_THE_DATE = Set.of("offers");

    private static final Postgres POSTGRES = new Postgres();
    private static Installation installation;

    @BeforeAll
    static void unpack() throws Exception {
        installation = Installation.unpack("upgrade");
    }

    @AfterAll
    static void remove() throws Exception {
        if (installation != null) {
            installation.remove();
        }
        POSTGRES.drop(DATABASE);
    }

    @Test
    void aFailedMigrationLeavesTheDatabaseAsItWasAndTheUpgradeThenLosesNothing() throws Exception {
        POSTGRES.freshDatabase(DATABASE);
        try (InputStream dump = resource("previous-release.sql.gz")) {
            POSTGRES.restore(DATABASE, dump);
        }
        Map<String, String[]> recorded = recordedTables();
        assertThat(recorded).as("tables of the previous release").hasSizeGreaterThan(50);
        int migrationsBefore = Integer.parseInt(recorded.get("flyway_schema_history")[1]);

        // 1. A migration that fails: the database stays exactly as it was, the server says why and is not ready.
        POSTGRES.execute(DATABASE, PLANT, "insert into progress_link values (1, 'made by hand')");
        Snapshot planted = Snapshot.of(POSTGRES, DATABASE);
        Map<String, String> environment = Map.of("VP_DB_URL", POSTGRES.url(DATABASE), "VP_DB_USER", Postgres.USER,
                "VP_DB_PASSWORD", Postgres.PASSWORD);
        installation.start(environment, "failing");
        String health = installation.awaitDeploymentFailed();
        assertThat(health).as("readiness").startsWith("{\"status\":\"DOWN\"").contains("\"vierdepijler.ear\":\"FAILED\"");
        List<String> errors = installation.serverLog().lines()
                .filter(line -> line.contains(" ERROR ") && line.contains("Database migration failed")).toList();
        assertThat(errors).as("one ERROR line naming the migration and the database's reason").hasSize(1);
        assertThat(errors.get(0)).contains(FAILING_MIGRATION, "relation \"progress_link\" already exists",
                "rolled back", "the database is as it was");
        installation.stop();
        assertThat(Snapshot.of(POSTGRES, DATABASE)).as("schema, history and every table's content after the failed"
                + " upgrade").isEqualTo(planted);

        // 2. The obstacle removed, the upgrade goes through.
        POSTGRES.execute(DATABASE, "drop table progress_link");
        installation.start(environment, "upgrade");
        Duration ready = installation.awaitReady();
        System.out.printf("UpgradeIT: upgraded and ready %d s after the start%n", ready.toSeconds());
        assertThat(installation.serverLog()).contains("Database schema at version");

        try (Connection c = POSTGRES.connect(DATABASE)) {
            for (Map.Entry<String, String[]> table : recorded.entrySet()) {
                String name = table.getKey();
                String[] expected = table.getValue();
                Postgres.Figures now = Postgres.figures(c, name, expected[0]);
                if (name.equals("flyway_schema_history")) {
                    assertThat(now.rows()).as("the schema history: the previous release's and the new migrations")
                            .isGreaterThan(migrationsBefore);
                    assertThat(Postgres.figures(c, name + " where installed_rank <= " + migrationsBefore, expected[0]))
                            .as("the previous release's history, unchanged")
                            .isEqualTo(new Postgres.Figures(migrationsBefore, expected[2]));
                    continue;
                }
                assertThat(now).as("table %s: its rows, over the previous release's columns", name)
                        .isEqualTo(new Postgres.Figures(Long.parseLong(expected[1]), expected[2]));
            }
        }

        Api api = Api.signIn(installation.http(), "admin", ADMIN_PASSWORD);
        int compared = 0;
        for (Map.Entry<String, JsonNode> figure : recordedFigures().entrySet()) {
            JsonNode now = api.get(figure.getKey());
            List<String> differences = new ArrayList<>();
            compare(figure.getKey(), figure.getValue(), now, differences, true);
            assertThat(differences).as("the figures of %s, recorded on the previous release", figure.getKey()).isEmpty();
            compared++;
        }
        assertThat(compared).isGreaterThan(20);
        installation.stop();
    }

    /** Every field the previous release answered is there with the same value (new fields may have been added). */
    private static void compare(String where, JsonNode recorded, JsonNode now, List<String> differences, boolean top) {
        if (recorded.isObject()) {
            recorded.fields().forEachRemaining(field -> {
                if (top && where.startsWith("reports/dashboard") && MOVES_WITH_THE_DATE.contains(field.getKey())) {
                    return;
                }
                JsonNode value = now.get(field.getKey());
                if (value == null) {
                    differences.add(where + "." + field.getKey() + " is missing");
                } else {
                    compare(where + "." + field.getKey(), field.getValue(), value, differences, false);
                }
            });
        } else if (recorded.isArray()) {
            if (!now.isArray() || now.size() != recorded.size()) {
                differences.add(where + ": " + recorded.size() + " items, now " + now);
                return;
            }
            for (int i = 0; i < recorded.size(); i++) {
                compare(where + "[" + i + "]", recorded.get(i), now.get(i), differences, false);
            }
        } else if (recorded.isNumber() && now.isNumber()
                ? recorded.decimalValue().compareTo(now.decimalValue()) != 0 : !recorded.equals(now)) {
            differences.add(where + ": " + recorded + ", now " + now);
        }
    }

    /** tables.tsv: table → {columns, rows, md5}. */
    private static Map<String, String[]> recordedTables() throws Exception {
        Map<String, String[]> tables = new LinkedHashMap<>();
        for (String line : lines("tables.tsv")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] cells = line.split("\t", -1);
                tables.put(cells[0], new String[] {cells[1], cells[2], cells[3]});
            }
        }
        return tables;
    }

    /** figures.jsonl: API path → its answer on the previous release. */
    private static Map<String, JsonNode> recordedFigures() throws Exception {
        Map<String, JsonNode> figures = new LinkedHashMap<>();
        for (String line : lines("figures.jsonl")) {
            int tab = line.indexOf('\t');
            figures.put(line.substring(0, tab), Api.JSON.readTree(line.substring(tab + 1)));
        }
        return figures;
    }

    private static List<String> lines(String name) throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = UpgradeIT.class.getResourceAsStream("/upgrade/" + name);
        assertThat(in).as("test resource upgrade/%s", name).isNotNull();
        return in;
    }

    /** The schema (with its history) and every table's rows: equal snapshots, an untouched database. */
    record Snapshot(String schema, Map<String, Postgres.Figures> tables) {

        static Snapshot of(Postgres postgres, String database) throws Exception {
            try (Connection c = postgres.connect(database)) {
                Map<String, Postgres.Figures> tables = new LinkedHashMap<>();
                for (Map.Entry<String, List<String>> table : Postgres.tables(c).entrySet()) {
                    String columns = String.join(",", table.getValue().stream().map(col -> "\"" + col + "\"").toList());
                    tables.put(table.getKey(), Postgres.figures(c, table.getKey(), columns));
                }
                return new Snapshot(Postgres.schema(c), tables);
            }
        }
    }
}
