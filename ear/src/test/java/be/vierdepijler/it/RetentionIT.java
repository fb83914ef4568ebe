package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The retention job (default 24 months): a newcomer whose trajectories all closed longer ago is pseudonymised, one
 * whose trajectory closed within the period is not, and the trajectory, its hours and categories keep counting; a
 * buddy who stopped that long ago goes too. Two runs at once (as two nodes would) erase each person exactly once.
 * The past is made with {@link RetentionFixture}, deployed with this test only.
 */
@Fixtures(RetentionFixture.class)
class RetentionIT extends PlacementTestSupport {

    private Session counsellor;

    /** A newcomer of Ieper whose trajectory had 3 confirmed hours and was stopped on the day {@code months} ago. */
    private long[] stoppedSince(String firstName, int months) {
        if (counsellor == null) {
            counsellor = counsellor("westhoek");
        }
        long trajectory = activeTrajectory(counsellor, firstName);
        long newcomer = as(counsellor).get("/trajectories/" + trajectory).jsonPath().getLong("newcomerId");
        long placement = placeInOffer(counsellor, trajectory, "alternative",
                offer(organisation("Praatgroep"), "alternative", "conversation-group", 3), CONVERSATION, 10)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long entry = reported(counsellor, trajectory, placement, TODAY.minusDays(2), "3");
        as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
        as(counsellor).contentType("application/json").body("{\"to\":\"stopped\",\"reason\":\"Vindt werk\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);
        api().contentType("text/plain").body(TODAY.minusMonths(months).toString())
                .put("/test-fixtures/trajectories/" + trajectory + "/ended-on").then().statusCode(204);
        return new long[] {newcomer, trajectory};
    }

    /** A buddy of Ieper who stopped, and whose record nobody touched since the day {@code months} ago. */
    private long stoppedBuddySince(int months) {
        long buddy = api().contentType("application/json").body("{\"firstName\":\"Bart\",\"lastName\":\"Gestopt"
                        + unique() + "\",\"email\":\"bart@example.org\",\"municipalityNis\":\"" + IEPER
                        + "\",\"languages\":[\"nl\"],\"screening\":\"screened\",\"training\":\"trained\","
                        + "\"trainedOn\":\"2024-01-01\",\"capacity\":1,\"status\":\"stopped\","
                        + "\"consents\":{\"matching\":true}}")
                .post("/buddies").then().statusCode(201).body("status", equalTo("stopped")).extract().jsonPath()
                .getLong("id");
        api().contentType("text/plain").body(TODAY.minusMonths(months).toString())
                .put("/test-fixtures/buddies/" + buddy + "/updated-on").then().statusCode(204);
        return buddy;
    }

    @Test
    void pseudonymisesWhoIsPastTheRetentionPeriodAndKeepsTheCounts() {
        long[] past = stoppedSince("Lang", 25);
        long[] within = stoppedSince("Recent", 23);
        long buddyPast = stoppedBuddySince(25);
        long buddyWithin = stoppedBuddySince(1);
        JsonPath before = api().get("/trajectories/" + past[1]).jsonPath();
        int stopped = api().get("/trajectories?network=westhoek&status=stopped").jsonPath().getInt("totalItems");

        JsonPath run = api().post("/privacy/retention-runs").then().statusCode(200)
                .body("retentionMonths", is(24)).body("cutoff", equalTo(TODAY.minusMonths(24).toString()))
                .body("requestedBy", equalTo("retention:admin")).body("finishedAt", notNullValue())
                .extract().jsonPath();
        assertThat(run.getInt("kinds.find { it.kind == 'newcomer' }.erased")).isEqualTo(1);
        assertThat(run.getInt("kinds.find { it.kind == 'newcomer' }.due")).isEqualTo(1);
        assertThat(run.getInt("kinds.find { it.kind == 'buddy' }.erased")).isEqualTo(1);
        assertThat(run.getList("kinds.failed", Integer.class)).containsOnly(0);
        assertThat(run.getInt("erased")).isEqualTo(2);

        api().get("/newcomers/" + past[0]).then().body("firstName", equalTo("Verwijderd"))
                .body("email", nullValue()).body("erasedAt", notNullValue());
        api().get("/newcomers/" + past[0] + "/export").then().body("erasures", hasSize(1))
                .body("erasures[0].by", equalTo("retention:admin"));
        api().get("/newcomers/" + within[0]).then().body("firstName", equalTo("Recent"))
                .body("email", equalTo("n@example.org")).body("erasedAt", nullValue());
        api().get("/buddies/" + buddyPast).then().body("lastName", equalTo("Verwijderd")).body("email", nullValue());
        api().get("/buddies/" + buddyWithin).then().body("firstName", equalTo("Bart"));

        // The trajectory, its hours and their categories still count.
        api().get("/trajectories/" + past[1]).then().body("status", equalTo("stopped"))
                .body("statusReason", equalTo("(verwijderd)"))
                .body("confirmedHours", equalTo(before.getFloat("confirmedHours")))
                .body("hoursByCategory", equalTo(before.getList("hoursByCategory")));
        assertThat(api().get("/trajectories?network=westhoek&status=stopped").jsonPath().getInt("totalItems"))
                .isEqualTo(stopped);

        // Nothing is left for a second run.
        api().post("/privacy/retention-runs").then().statusCode(200).body("erased", is(0));
    }

    @Test
    void twoRunsAtOnceEraseEachPersonOnce() throws Exception {
        List<long[]> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(stoppedSince("Samen" + i, 30));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return api().post("/privacy/retention-runs");
                }));
            }
            start.countDown();
            int erased = 0;
            for (Future<Response> run : runs) {
                JsonPath answer = run.get().then().statusCode(200).extract().jsonPath();
                assertThat(answer.getList("kinds.failed", Integer.class)).containsOnly(0);
                erased += answer.getInt("kinds.find { it.kind == 'newcomer' }.erased");
            }
            assertThat(erased).isEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
        for (long[] person : people) {
            api().get("/newcomers/" + person[0] + "/export").then().statusCode(200)
                    .body("profile.firstName", equalTo("Verwijderd")).body("erasures", hasSize(1));
        }
    }
}
