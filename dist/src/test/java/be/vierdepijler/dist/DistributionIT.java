package be.vierdepijler.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The distribution archive installs and starts from an empty folder on PostgreSQL (issue 19): its layout, the unit
 * file, the start script's refusals, a start as systemd would do it (settings from an env file and the environment),
 * the first administrator signing in, data and the web UI served, and an orderly stop on SIGTERM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {

    private static final String DATABASE = "vp_dist_it";
    private static final String ADMIN_PASSWORD = "dist-admin-password-1";

    private static Installation installation;
    private static final Postgres POSTGRES = new Postgres();

    @BeforeAll
    static void unpack() throws Exception {
        Instant start = Instant.now();
        installation = Installation.unpack("dist");
        System.out.printf("DistributionIT: unpacked in %d ms%n", Duration.between(start, Instant.now()).toMillis());
    }

    @AfterAll
    static void remove() throws Exception {
        if (installation != null) {
            installation.remove();
        }
        POSTGRES.drop(DATABASE);
    }

    @Test
    @Order(1)
    void theArchiveHoldsTheConfiguredServerTheApplicationTheScriptAndTheUnit() throws Exception {
        Path home = installation.home;
        for (String script : List.of("bin/vierdepijler", "bin/standalone.sh", "bin/jboss-cli.sh")) {
            assertThat(Files.getPosixFilePermissions(home.resolve(script))).as(script)
                    .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE);
        }
        assertThat(home.resolve("standalone/deployments/vierdepijler.ear")).isRegularFile();
        assertThat(home.resolve("modules/org/postgresql/main/postgresql.jar")).isRegularFile();
        assertThat(home.resolve("INSTALL.txt")).content().contains("docs/installation.md");
        assertThat(home.resolve("vierdepijler.env.example")).content().contains("VP_DB_URL=");
        for (String config : List.of("standalone.xml", "standalone-ha.xml")) {
            String xml = Files.readString(home.resolve("standalone/configuration/" + config));
            assertThat(xml).as("%s: PostgreSQL, whatever database the build tested with", config)
                    .contains("<connection-url>${env.VP_DB_URL}</connection-url>", "<driver>postgresql</driver>")
                    .doesNotContain("jdbc:h2:");
        }
        // Nothing of a run: no data, logs, temporary files or configuration history of the build machine.
        for (String state : List.of("standalone/data", "standalone/log", "standalone/tmp",
                "standalone/configuration/standalone_xml_history")) {
            assertThat(home.resolve(state)).as(state).doesNotExist();
        }
    }

    @Test
    @Order(2)
    void theUnitFileIsValid() throws Exception {
        Path unit = installation.home.resolve("vierdepijler.service");
        String text = Files.readString(unit);
        Map<String, Map<String, String>> sections = parseUnit(text);
        assertThat(sections).containsKeys("Unit", "Service", "Install");
        assertThat(sections.get("Service")).containsEntry("ExecStart", "/opt/vierdepijler/bin/vierdepijler")
                .containsEntry("User", "vierdepijler").containsEntry("EnvironmentFile", "/etc/vierdepijler/vierdepijler.env")
                .containsEntry("Restart", "on-failure").containsEntry("SuccessExitStatus", "143")
                .containsKeys("TimeoutStopSec", "LimitNOFILE");
        assertThat(Integer.parseInt(sections.get("Service").get("TimeoutStopSec")))
                .as("more than the tests' own limit for an orderly stop").isGreaterThanOrEqualTo(
                        (int) Installation.STOP_LIMIT.toSeconds());
        assertThat(sections.get("Install")).containsEntry("WantedBy", "multi-user.target");

        Path analyze = Path.of("/usr/bin/systemd-analyze");
        if (Files.isExecutable(analyze)) {
            // systemd's own check, on a copy that points at this installation (verify wants ExecStart to exist).
            Path copy = installation.folder.resolve("vierdepijler.service");
            Files.writeString(copy, text.replace("/opt/vierdepijler", installation.home.toString())
                    .replace("EnvironmentFile=/etc/", "EnvironmentFile=-/etc/"));
            Process verify = new ProcessBuilder(analyze.toString(), "verify", copy.toString())
                    .redirectErrorStream(true).start();
            String output = new String(verify.getInputStream().readAllBytes());
            assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(output.lines().filter(line -> line.contains("vierdepijler.service"))
                    .filter(line -> !line.contains("User=") && !line.contains("Group=")).toList())
                    .as("systemd-analyze verify: %s", output).isEmpty();
        }
    }

    @Test
    @Order(3)
    void theStartScriptRefusesToStartWithoutADatabase() throws Exception {
        Path envFile = installation.folder.resolve("empty.env");
        Files.writeString(envFile, "# nothing set\nVP_ADMIN_PASSWORD=x\n");
        Process p = installation.script(Map.of("VP_ENV_FILE", envFile.toString())).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("VP_DB_URL is not set").doesNotContain("JBoss Bootstrap Environment");

        Process mysql = installation.script(Map.of("VP_ENV_FILE", envFile.toString(),
                "VP_DB_URL", "jdbc:mysql://127.0.0.1/vierdepijler", "VP_DB_PASSWORD", "x"))
                .redirectErrorStream(true).start();
        String refused = new String(mysql.getInputStream().readAllBytes());
        assertThat(mysql.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mysql.exitValue()).as(refused).isEqualTo(2);
        assertThat(refused).contains("VP_DB_URL must be a PostgreSQL JDBC URL");
    }

    @Test
    @Order(4)
    void itStartsOnPostgresqlServesTheApplicationAndStopsCleanlyOnSigterm() throws Exception {
        POSTGRES.freshDatabase(DATABASE);
        // As systemd starts it: the env file, plus one variable of the environment that wins over the file's.
        Path envFile = installation.folder.resolve("vierdepijler.env");
        Files.writeString(envFile, String.join("\n",
                "# the installation's settings",
                "VP_DB_URL=" + POSTGRES.url(DATABASE),
                "VP_DB_USER=" + Postgres.USER,
                "VP_DB_PASSWORD=\"" + Postgres.PASSWORD + "\"",
                "VP_ADMIN_PASSWORD=the-file-loses-to-the-environment",
                "VP_LOG_FORMAT=json",
                ""));
        installation.start(Map.of("VP_ENV_FILE", envFile.toString(), "VP_ADMIN_PASSWORD", ADMIN_PASSWORD), "dist");
        Duration ready = installation.awaitReady();
        System.out.printf("DistributionIT: ready %d s after the start%n", ready.toSeconds());
        long linesAtReady = installation.serverLog().lines().count();

        Api api = Api.signIn(installation.http(), "admin", ADMIN_PASSWORD);
        JsonNode networks = api.get("networks");
        assertThat(networks.path("totalItems").asLong()).isEqualTo(18);
        List<String> ids = new ArrayList<>();
        networks.path("items").forEach(network -> ids.add(network.path("id").asText()));
        assertThat(ids).as("the regional networks, from the migrations' reference data").hasSize(18)
                .contains("antwerpen", "gent", "brussel");
        assertThat(api.get("reports/dashboard").path("trajectories").path("total").asLong()).isZero();

        String index = Installation.get(installation.http() + "/", 10);
        assertThat(index).as("the web UI").contains("<html").contains("Vierde Pijler");
        assertThat(Installation.get(installation.http() + "/app/main.js", 10)).as("its script").contains("import");

        logsInJsonWithTheRequestId(linesAtReady);

        Duration stopped = installation.stop();
        System.out.printf("DistributionIT: stopped %d ms after SIGTERM%n", stopped.toMillis());
    }

    /**
     * VP_LOG_FORMAT=json (set in the env file above): once the server runs, server.log holds one JSON object per line,
     * and a request's access line carries the request id it came with in its MDC.
     */
    private void logsInJsonWithTheRequestId(long linesAtReady) throws Exception {
        String requestId = "dist-json-" + System.nanoTime();
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(installation.http() + "/api/v1/networks"))
                        .header("X-Request-Id", requestId).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("X-Request-Id")).contains(requestId);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        JsonNode access = null;
        for (int tries = 0; tries < 50 && access == null; tries++) {
            List<String> lines = installation.serverLog().lines().skip(linesAtReady).toList();
            assertThat(lines).as("lines written once the server runs").isNotEmpty();
            for (String line : lines) {
                JsonNode entry = json.readTree(line); // fails the test on a line that is not JSON
                assertThat(entry.isObject()).as(line).isTrue();
                assertThat(entry.path("level").asText()).as(line).isNotEmpty();
                if (requestId.equals(entry.path("mdc").path("requestId").asText())
                        && "be.vierdepijler.access".equals(entry.path("loggerName").asText())) {
                    access = entry;
                }
            }
            if (access == null) {
                Thread.sleep(100);
            }
        }
        assertThat(access).as("the access line of request %s", requestId).isNotNull();
        assertThat(access.path("message").asText()).contains("GET /api/v1/networks 401");
    }

    private static Map<String, Map<String, String>> parseUnit(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new LinkedHashMap<>());
                continue;
            }
            assertThat(current).as("a key before the first section: %s", line).isNotNull();
            assertThat(line).as("a unit file line is key=value").matches("[A-Za-z]+=.*");
            current.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        return sections;
    }
}
