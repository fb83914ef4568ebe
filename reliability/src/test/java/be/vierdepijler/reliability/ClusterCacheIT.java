package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matching candidates a node keeps (core's {@code KeptCandidates}) stay right when another node writes: node 1 is
 * asked for a newcomer's buddy suggestions (and keeps the network's candidates), node 2 registers a buddy and erases
 * another, and node 1's next suggestions show both changes at once. Each node is called directly (rel.nodes), not
 * through the balancer, so that the reads and the writes are sure to be on different nodes.
 */
class ClusterCacheIT {

    private static final String POPERINGE = "33021";
    private static final String LANGUAGES = "[\"ti\",\"ps\"]";
    private static final String INTERESTS = "[\"gardening\",\"crafts\"]";
    private static final String SLOTS = "[\"mon-evening\",\"tue-evening\"]";

    private final String[] nodes = System.getProperty("rel.nodes", "http://127.0.0.1:8180,http://127.0.0.1:8280")
            .split(",");
    private final String password = System.getProperty("rel.admin.password", "reliability-admin-1");

    @Test
    void aNodeSeesTheCandidatesAnotherNodeChanged() {
        ApiClient reader = new ApiClient(nodes[0]);
        ApiClient writer = new ApiClient(nodes[1]);
        reader.signInAsAdministrator(password);
        writer.signInAsAdministrator(password);

        long newcomer = created(writer.send("POST", "/api/v1/newcomers", "{\"firstName\":\"Inburgeraar\","
                + "\"lastName\":\"Cluster " + System.nanoTime() + "\",\"integrationStatus\":\"obliged\","
                + "\"municipalityNis\":\"" + POPERINGE + "\",\"dutchLevel\":\"A2\",\"languages\":" + LANGUAGES
                + ",\"interests\":" + INTERESTS + ",\"availability\":" + SLOTS + ",\"referralChannel\":\"agency\","
                + "\"integrationContractDate\":\"2025-01-15\",\"integrationProgress\":\"running\","
                + "\"consents\":{\"matching\":true}}"));
        long leaving = buddy(writer);
        assertThat(suggested(reader, newcomer)).as("node 1 reads the network's candidates").contains(leaving);

        long arriving = buddy(writer);
        ApiClient.Answer erased = writer.send("POST", "/api/v1/buddies/" + leaving + "/erasure", null);
        assertThat(erased.status()).as("erasure on node 2: %s", erased.body()).isEqualTo(200);

        List<Long> after = suggested(reader, newcomer);
        System.out.printf("[ClusterCacheIT] node 1 after node 2's writes: buddy %d %s, buddy %d %s%n", arriving,
                after.contains(arriving) ? "suggested" : "MISSING", leaving,
                after.contains(leaving) ? "STILL SUGGESTED" : "gone");
        assertThat(after).as("node 1 sees the buddy node 2 registered").contains(arriving);
        assertThat(after).as("node 1 no longer suggests the buddy node 2 erased").doesNotContain(leaving);
    }

    private static long buddy(ApiClient client) {
        return created(client.send("POST", "/api/v1/buddies", "{\"firstName\":\"Buddy\",\"lastName\":\"Cluster "
                + System.nanoTime() + "\",\"email\":\"buddy@example.org\",\"municipalityNis\":\"" + POPERINGE
                + "\",\"languages\":" + LANGUAGES + ",\"interests\":" + INTERESTS + ",\"availability\":" + SLOTS
                + ",\"screening\":\"screened\",\"training\":\"trained\",\"trainedOn\":\"2025-06-01\","
                + "\"capacity\":2,\"status\":\"active\",\"consents\":{\"matching\":true}}"));
    }

    private static List<Long> suggested(ApiClient client, long newcomer) {
        ApiClient.Answer answer = client.get("/api/v1/matches/suggestions?newcomer=" + newcomer
                + "&kind=buddy&limit=100");
        assertThat(answer.status()).as("suggestions: %s", answer.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        answer.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static long created(ApiClient.Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        return answer.json().path("id").asLong();
    }
}
