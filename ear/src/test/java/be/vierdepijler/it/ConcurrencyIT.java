package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Requests fired at the same moment from parallel threads: hour entries and confirmations on one trajectory lose
 * nothing and count nothing twice (optimistic locking with retry), and an offer with one place takes exactly one
 * newcomer however many counsellors place at once.
 */
class ConcurrencyIT extends PlacementTestSupport {

    private static final int THREADS = 8;

    @Test
    void concurrentHourEntriesAreAllKeptAndCheckedAgainstEachOther() throws Exception {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Parallel");
        long group = placeInOffer(counsellor, trajectory, "alternative",
                offer(organisation("Club"), "alternative", "conversation-group", 3), CONVERSATION, 10).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> report(counsellor, trajectory, group, TODAY.minusDays(1), "3"));
        }
        List<Response> answers = all(calls);
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(8);
        assertThat(answers).filteredOn(r -> r.statusCode() == 400).hasSize(2)
                .allSatisfy(r -> assertThat(r.asString()).contains("above-24-hours-a-day"));
        as(counsellor).get("/trajectories/" + trajectory).then().body("pendingHours", is(24.0f));
        as(counsellor).get("/trajectories/" + trajectory + "/hours").then().body("totalItems", is(8));
    }

    @Test
    void concurrentConfirmationsCountEveryHourOnceAndCompleteAtForty() throws Exception {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Samen");
        long group = placeInOffer(counsellor, trajectory, "alternative",
                offer(organisation("Club"), "alternative", "conversation-group", 3), CONVERSATION, 20).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        List<Long> entries = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            entries.add(reported(counsellor, trajectory, group, TODAY.minusDays(day), "4"));
        }
        List<Callable<Response>> calls = new ArrayList<>();
        for (long entry : entries) {
            calls.add(() -> decide(counsellor, trajectory, entry));
        }
        // and the first entry three more times at once: it counts once
        for (int i = 0; i < 3; i++) {
            calls.add(() -> decide(counsellor, trajectory, entries.get(0)));
        }
        List<Response> answers = all(calls);
        assertThat(answers).filteredOn(r -> r.statusCode() == 200).hasSize(10);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409).hasSize(3);
        assertThat(answers).filteredOn(r -> r.statusCode() == 200 && r.jsonPath().getBoolean("completed")).hasSize(1);
        as(counsellor).get("/trajectories/" + trajectory).then().statusCode(200)
                .body("confirmedHours", is(40.0f)).body("pendingHours", is(0.0f))
                .body("status", equalTo("completed")).body("completedOn", equalTo(TODAY.toString()));
    }

    @Test
    void anOfferWithOnePlaceTakesExactlyOneOfManyConcurrentPlacements() throws Exception {
        Session counsellor = counsellor("westhoek");
        long offer = offer(organisation("Klein"), "alternative", "conversation-group", 1);
        List<Long> trajectories = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            trajectories.add(activeTrajectory(counsellor, "Wacht" + i));
        }
        List<Callable<Response>> calls = new ArrayList<>();
        for (long trajectory : trajectories) {
            calls.add(() -> placeInOffer(counsellor, trajectory, "alternative", offer, CONVERSATION, 1));
        }
        List<Response> answers = all(calls);
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409).hasSize(5).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.asString()).contains("no-free-place");
        });
        api().get("/offers/" + offer).then().body("placesTaken", is(1)).body("freePlaces", is(0));
    }

    private Response decide(Session counsellor, long trajectory, long entry) {
        return as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision");
    }

    /** Runs the calls at the same moment, from parallel threads. */
    private static List<Response> all(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
