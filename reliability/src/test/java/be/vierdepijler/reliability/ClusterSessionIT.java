package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The smoke test of the cluster (cluster/cluster.sh): one signed-in user's session through the balancer, which sends
 * every request to either node (round robin, no stickiness; HAProxy names the node in {@code X-Served-By}). Twenty
 * writes alternate nodes; then the node that opened the session is killed (kill -9) and the user keeps working on the
 * survivor with the same cookie and CSRF token; then that node comes back and serves the session too. Every
 * acknowledged write is read back at the end.
 */
class ClusterSessionIT {

    private static final String POPERINGE = "33021";
    private static final String SERVED_BY = "X-Served-By";

    private final String base = System.getProperty("rel.base", "http://127.0.0.1:8090");
    private final String script = System.getProperty("rel.cluster.script", "cluster/cluster.sh");
    private final String password = System.getProperty("rel.admin.password", "reliability-admin-1");

    private final Map<String, Integer> servedBy = new TreeMap<>();
    private final List<Long> written = new ArrayList<>();

    @Test
    void aSessionCrossesNodesAndOutlivesTheNodeThatOpenedIt() throws Exception {
        ApiClient client = new ApiClient(base);
        client.signInAsAdministrator(password);
        // A session of our own, to know which node opened it and to send its CSRF token ourselves.
        // (The administrator's password is the changed one, unless the server did not ask to change it.)
        ApiClient.Answer signIn = signIn(client, password + "-changed");
        if (signIn.status() == 401) {
            signIn = signIn(client, password);
        }
        assertThat(signIn.status()).as("sign-in: %s", signIn.body()).isEqualTo(200);
        String creator = signIn.header(SERVED_BY);
        String csrf = signIn.json().path("csrfToken").asText();
        assertThat(creator).as("the node that opened the session").matches("node\\d+");
        assertThat(csrf).isNotBlank();
        int creatorNumber = Integer.parseInt(creator.substring("node".length()));

        for (int i = 0; i < 20; i++) {
            write(client, csrf, "voor");
        }
        System.out.printf("[ClusterSessionIT] 20 writes through the balancer, served by %s%n", servedBy);
        assertThat(servedBy.keySet()).as("both nodes served the session's writes").contains("node1", "node2");

        boolean killed = false;
        try {
            cluster("kill", creatorNumber);
            killed = true;
            servedBy.clear();
            long start = System.nanoTime();
            write(client, csrf, "na-kill");
            long firstMillis = (System.nanoTime() - start) / 1_000_000;
            for (int i = 0; i < 9; i++) {
                write(client, csrf, "na-kill");
            }
            System.out.printf("[ClusterSessionIT] %s killed; 10 writes with the same session, served by %s, the"
                    + " first in %d ms%n", creator, servedBy, firstMillis);
            assertThat(servedBy.keySet()).as("only the survivor serves").doesNotContain(creator).hasSize(1);

            JsonNode session = ok(client.send("GET", "/api/v1/session", null, Map.of("X-CSRF-Token", csrf)))
                    .json();
            assertThat(session.path("username").asText()).isEqualTo("admin");
            assertThat(session.path("csrfToken").asText()).as("the CSRF token survived").isEqualTo(csrf);

            long restart = System.nanoTime();
            cluster("start", creatorNumber);
            killed = false;
            System.out.printf("[ClusterSessionIT] %s started again and ready in %d s%n", creator,
                    (System.nanoTime() - restart) / 1_000_000_000);
            // The balancer takes it back after two good health checks (1 s apart).
            servedBy.clear();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!servedBy.containsKey(creator) && System.nanoTime() < deadline) {
                write(client, csrf, "na-herstart");
            }
            for (int i = 0; i < 6; i++) {
                write(client, csrf, "na-herstart");
            }
            System.out.printf("[ClusterSessionIT] after the restart, served by %s%n", servedBy);
            assertThat(servedBy.keySet()).as("the restarted node serves the session again")
                    .contains("node1", "node2");
        } finally {
            if (killed) {
                cluster("start", creatorNumber);
            }
        }

        int lost = 0;
        for (long id : written) {
            ApiClient.Answer read = client.send("GET", "/api/v1/organisations/" + id, null,
                    Map.of("X-CSRF-Token", csrf));
            if (read.status() != 200) {
                lost++;
            }
        }
        System.out.printf("[ClusterSessionIT] %d acknowledged writes, %d lost%n", written.size(), lost);
        assertThat(lost).as("acknowledged writes that cannot be read back").isZero();
    }

    private void write(ApiClient client, String csrf, String phase) {
        String body = "{\"name\":\"Clustertest " + phase + " " + System.nanoTime() + "\",\"kind\":\"association\","
                + "\"municipalityNis\":\"" + POPERINGE + "\",\"contacts\":[{\"name\":\"Els Contact\","
                + "\"email\":\"els@example.org\"}]}";
        ApiClient.Answer answer = client.send("POST", "/api/v1/organisations",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json", "X-CSRF-Token", csrf));
        assertThat(answer.status()).as("POST /organisations (%s) served by %s: %s", phase,
                answer.header(SERVED_BY), answer.body()).isEqualTo(201);
        servedBy.merge(String.valueOf(answer.header(SERVED_BY)), 1, Integer::sum);
        written.add(answer.json().path("id").asLong());
    }

    private static ApiClient.Answer signIn(ApiClient client, String password) {
        return client.send("POST", "/api/v1/session", ApiClient.MAPPER.createObjectNode().put("username", "admin")
                .put("password", password).toString());
    }

    private static ApiClient.Answer ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer;
    }

    private void cluster(String command, int node) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(script, command, String.valueOf(node)).inheritIO().start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("cluster.sh " + command + " " + node + " did not finish");
        }
        assertThat(process.exitValue()).as("cluster.sh %s %d", command, node).isZero();
    }
}
