package be.vierdepijler.it;

import static be.vierdepijler.it.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Matching newcomers to offers and buddies (issue 5): ranked, explained suggestions; a network-wide proposal that
 * never gives a buddy more newcomers than their free duos; approving and rejecting pairs with the newcomer's status;
 * scoping; bad input. The proposals run in Middenkust, which no other test uses, so that their pairs are this test's;
 * Westhoek's membership is left alone (suggestions need no trajectory, and other tests count Poperinge's).
 */
class MatchingIT extends ApiTest {

    private static final String POPERINGE = "33021";
    private static final String IEPER = "33011";
    private static final String BRUGGE = "31005";
    private static final String OOSTENDE = "35013";
    private static final String BREDENE = "35002";
    private static final String PASSWORD = "matching-password-1";

    private final TestData data = new TestData(this::api);

    @Test
    void suggestsTheBuddiesThatFitBestFirstAndExplainsWhy() {
        // Tigrinya and Pashto, four interests and five slots in common: nobody else's buddy comes close.
        long newcomer = newcomer(POPERINGE, "A2", "[\"ti\",\"ps\",\"nl\"]",
                "[\"gardening\",\"crafts\",\"games\",\"reading\"]",
                "[\"mon-evening\",\"tue-evening\",\"wed-evening\",\"thu-evening\",\"fri-evening\"]", true);
        long best = buddy(POPERINGE, "[\"ti\",\"ps\"]", "[\"gardening\",\"crafts\",\"games\",\"reading\"]",
                "[\"mon-evening\",\"tue-evening\",\"wed-evening\",\"thu-evening\",\"fri-evening\"]", 2);
        long second = buddy(POPERINGE, "[\"ti\"]", "[\"gardening\",\"crafts\"]",
                "[\"mon-evening\",\"tue-evening\",\"wed-evening\",\"thu-evening\",\"fri-evening\"]", 1);

        JsonPath answer = api().get("/matches/suggestions?newcomer=" + newcomer + "&kind=buddy&limit=100")
                .then().statusCode(200).body("newcomerId", equalTo((int) newcomer)).body("kind", equalTo("buddy"))
                .extract().jsonPath();
        List<Long> ids = answer.getList("items.id", Long.class);
        assertThat(ids.get(0)).isEqualTo(best);
        assertThat(ids.indexOf(second)).isEqualTo(1);
        assertThat(answer.getList("items.rank", Integer.class).subList(0, 2)).containsExactly(1, 2);
        assertThat(answer.getInt("items[0].score")).isEqualTo(30 + 15 + 18 + 20 + 2);
        assertThat(answer.getString("items[0].nearness")).isEqualTo("same-municipality");
        assertThat(answer.getString("items[0].municipalityName")).isEqualTo("Poperinge");
        assertThat(answer.getString("items[0].name")).startsWith("Bieke ");
        assertThat(answer.getList("items[0].criteria.code", String.class))
                .containsExactly("nearness", "languages", "interests", "availability", "capacity");
        assertThat(answer.getString("items[0].criteria[1].explanation")).startsWith("Spreken allebei ")
                .contains("Tigrinya");
        assertThat(answer.getInt("items[0].criteria[2].maxPoints")).isEqualTo(18);

        api().header("Accept-Language", "en").get("/matches/suggestions?newcomer=" + newcomer + "&kind=buddy&limit=1")
                .then().statusCode(200).body("items[0].criteria[0].label", equalTo("Nearness"))
                .body("items[0].criteria[0].explanation", equalTo("In the same municipality"));
    }

    @Test
    void suggestsOffersWithinTheNewcomersReachAndLeavesOutThoseAskingMoreDutch() {
        long newcomer = newcomer(POPERINGE, "A2", "[\"ar\"]", "[\"work\"]", "[]", true);
        long organisation = organisation(POPERINGE);
        long near = offer(organisation, POPERINGE, "internship", "internship", "A2", "[\"ar\"]");
        long further = offer(organisation, IEPER, "volunteering", "volunteering", "A1", "[]");
        long tooHard = offer(organisation, POPERINGE, "volunteering", "volunteering", "B2", "[\"ar\"]");

        JsonPath answer = api().get("/matches/suggestions?newcomer=" + newcomer + "&kind=offer&limit=100")
                .then().statusCode(200).extract().jsonPath();
        List<Long> ids = answer.getList("items.id", Long.class);
        assertThat(ids).contains(near, further).doesNotContain(tooHard);
        assertThat(ids.indexOf(near)).isLessThan(ids.indexOf(further));
        Map<String, Object> internship = answer.getMap("items.find { it.id == " + near + " }");
        assertThat(internship.get("organisationId")).isEqualTo((int) organisation);
        assertThat(internship.get("trajectoryTypeId")).isEqualTo("internship");
        List<String> codes = answer.getList("items.find { it.id == " + near + " }.criteria.code", String.class);
        assertThat(codes).containsExactly("nearness", "dutch-level", "languages", "availability", "capacity",
                "trajectory-type");
        assertThat(answer.getString("items.find { it.id == " + near + " }.criteria[5].explanation"))
                .startsWith("Interesse in werk en opleiding");
    }

    @Test
    void aNewcomerWithoutConsentToMatchingGetsNoSuggestions() {
        long newcomer = newcomer(POPERINGE, "A2", "[\"ar\"]", "[]", "[]", false);
        api().get("/matches/suggestions?newcomer=" + newcomer + "&kind=buddy").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:vierdepijler:problem:no-matching-consent"));
    }

    @Test
    void aProposalNeverGivesABuddyMoreNewcomersThanTheirFreeDuos() {
        data.takesPart(OOSTENDE);
        data.takesPart(BREDENE);
        Map<Long, Integer> capacity = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            capacity.put(buddy(i % 2 == 0 ? OOSTENDE : BREDENE, "[\"ar\"]", "[\"cooking\"]", "[\"sat-morning\"]",
                    i + 1), i + 1);
        }
        for (int i = 0; i < 9; i++) {
            newcomerWithTrajectory(i % 2 == 0 ? OOSTENDE : BREDENE, "[\"ar\"]", "[\"cooking\"]");
        }
        JsonPath proposal = api().post("/matches/proposals?network=middenkust").then().statusCode(201)
                .header("Location", notNullValue()).body("networkId", equalTo("middenkust"))
                .extract().jsonPath();
        long id = proposal.getLong("id");
        assertThat(proposal.getInt("pairs.proposed")).isEqualTo(proposal.getInt("pairCount"));

        List<Map<String, Object>> pairs = api().get("/matches/proposals/" + id + "/pairs?size=200").then()
                .statusCode(200).extract().jsonPath().getList("items");
        Map<Long, Integer> taken = new HashMap<>();
        for (Map<String, Object> pair : pairs) {
            @SuppressWarnings("unchecked")
            long buddy = ((Number) ((Map<String, Object>) pair.get("buddy")).get("id")).longValue();
            taken.merge(buddy, 1, Integer::sum);
        }
        taken.forEach((buddy, count) -> {
            if (capacity.containsKey(buddy)) {
                assertThat(count).as("duos of buddy " + buddy).isLessThanOrEqualTo(capacity.get(buddy));
            }
        });
        assertThat(taken.keySet()).as("each of these buddies is used to the full")
                .containsAll(capacity.keySet());
        assertThat(capacity.keySet().stream().mapToInt(taken::get).sum()).isEqualTo(6);
        assertThat(pairs).allSatisfy(p -> assertThat(p.get("status")).isEqualTo("proposed"));
        List<Integer> scores = pairs.stream().map(p -> (Integer) p.get("score")).toList();
        assertThat(scores).as("best score first").isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void theCoordinatorApprovesOrRejectsPairByPairAndTheNewcomersStatusFollows() {
        data.takesPart(OOSTENDE);
        buddy(OOSTENDE, "[\"so\"]", "[\"music\"]", "[\"sun-morning\"]", 2);
        long first = newcomerWithTrajectory(OOSTENDE, "[\"so\"]", "[\"music\"]");
        long firstTrajectory = activated(first);
        long second = newcomerWithTrajectory(OOSTENDE, "[\"so\"]", "[\"music\"]");
        Session coordinator = user("coordinator-middenkust", "\"role\":\"network-coordinator\","
                + "\"networkIds\":[\"middenkust\"]");

        long proposal = as(coordinator).post("/matches/proposals?network=middenkust").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long firstPair = pairOf(proposal, first);
        long secondPair = pairOf(proposal, second);
        long buddy = as(coordinator).get("/matches/newcomers/" + first).then().statusCode(200)
                .body("status", equalTo("proposed")).body("pair.id", equalTo((int) firstPair))
                .extract().jsonPath().getLong("pair.buddy.id");
        int duos = api().get("/buddies/" + buddy).then().extract().jsonPath().getInt("duosTaken");

        // The duo is a placement like any other: without the type's fields nothing is written.
        as(coordinator).post("/matches/pairs/" + firstPair + "/approve").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("attributes.meetingRhythm", "attributes.sharedLanguages"));
        as(coordinator).get("/matches/newcomers/" + first).then().body("status", equalTo("proposed"));

        long placement = as(coordinator).contentType("application/json").body(DUO).post("/matches/pairs/"
                        + firstPair + "/approve").then().statusCode(200)
                .body("status", equalTo("approved")).body("decidedBy", startsWith("coordinator-middenkust"))
                .body("decidedAt", notNullValue()).body("buddy.name", startsWith("Bieke "))
                .body("placementId", notNullValue()).body("newcomerStatus", equalTo("matched"))
                .extract().jsonPath().getLong("placementId");
        as(coordinator).get("/trajectories/" + firstTrajectory + "/placements").then().statusCode(200)
                .body("items.findAll { it.id == " + placement + " }.buddyId", contains((int) buddy))
                .body("items.findAll { it.id == " + placement + " }.typeId", contains("buddy"))
                .body("items.findAll { it.id == " + placement + " }.status", contains("active"))
                .body("items.findAll { it.id == " + placement + " }.attributes.buddy", contains(Long.toString(buddy)))
                .body("items.findAll { it.id == " + placement + " }.createdBy",
                        contains(startsWith("coordinator-middenkust")));
        api().get("/buddies/" + buddy).then().body("duosTaken", is(duos + 1));
        as(coordinator).get("/matches/newcomers/" + first).then().statusCode(200).body("status", equalTo("matched"));
        as(coordinator).contentType("application/json").body(DUO).post("/matches/pairs/" + firstPair + "/approve")
                .then().statusCode(409).contentType("application/problem+json");

        as(coordinator).contentType("application/json").body("{\"reason\":\"Kennen elkaar al\"}")
                .post("/matches/pairs/" + secondPair + "/reject").then().statusCode(200)
                .body("status", equalTo("rejected")).body("reason", equalTo("Kennen elkaar al"));
        as(coordinator).get("/matches/newcomers/" + second).then().statusCode(200)
                .body("status", equalTo("no-match")).body("pair", nullValue());
        as(coordinator).post("/matches/pairs/" + secondPair + "/approve").then().statusCode(409);

        // The next proposal weighs the rejected newcomer again, and not the matched one.
        long next = as(coordinator).post("/matches/proposals?network=middenkust").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<Long> proposed = as(coordinator).get("/matches/proposals/" + next + "/pairs?size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.newcomer.id", Long.class);
        assertThat(proposed).doesNotContain(first);
        as(coordinator).get("/matches/proposals/" + next).then().statusCode(200)
                .body("pairs.proposed", equalTo(proposed.size()));
        as(coordinator).get("/matches/proposals?network=middenkust").then().statusCode(200)
                .body("items[0].id", equalTo((int) next)).body("items.id", hasItems((int) next, (int) proposal));

        // The duo stops before the trajectory completes: the newcomer needs another buddy and is proposed again.
        as(coordinator).contentType("application/json").body("{}")
                .post("/trajectories/" + firstTrajectory + "/placements/" + placement + "/end").then().statusCode(200);
        api().get("/buddies/" + buddy).then().body("duosTaken", is(duos));
        as(coordinator).get("/matches/newcomers/" + first).then().statusCode(200)
                .body("status", equalTo("needs-rematch"));
        long third = as(coordinator).post("/matches/proposals?network=middenkust").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        pairOf(third, first);
        as(coordinator).get("/matches/newcomers/" + first).then().body("status", equalTo("proposed"));
    }

    @Test
    void aPairWhoseNewcomerHasNoOpenTrajectoryIsRefusedAndNothingIsWritten() {
        data.takesPart(OOSTENDE);
        buddy(OOSTENDE, "[\"om\"]", "[\"crafts\"]", "[\"sun-morning\"]", 1);
        long stopped = newcomerWithTrajectory(OOSTENDE, "[\"om\"]", "[\"crafts\"]");
        long stoppedTrajectory = activated(stopped);
        long intake = newcomerWithTrajectory(OOSTENDE, "[\"om\"]", "[\"crafts\"]");
        long proposal = api().post("/matches/proposals?network=middenkust").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long stoppedPair = pairOf(proposal, stopped);
        long buddy = api().get("/matches/newcomers/" + stopped).then().extract().jsonPath().getLong("pair.buddy.id");
        int duos = api().get("/buddies/" + buddy).then().extract().jsonPath().getInt("duosTaken");

        // Between the proposal and the decision the trajectory stopped: no trajectory to place the duo in.
        api().contentType("application/json").body("{\"to\":\"stopped\",\"reason\":\"Verhuisd naar het buitenland\"}")
                .post("/trajectories/" + stoppedTrajectory + "/transitions").then().statusCode(200);
        api().contentType("application/json").body(DUO).post("/matches/pairs/" + stoppedPair + "/approve").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:vierdepijler:problem:no-open-trajectory"))
                .body("detail", startsWith("Deze inburgeraar heeft geen lopend participatietraject"));
        api().get("/matches/proposals/" + proposal + "/pairs?size=200").then()
                .body("items.findAll { it.id == " + stoppedPair + " }.status", contains("proposed"))
                .body("items.findAll { it.id == " + stoppedPair + " }.placementId", contains(nullValue()));
        api().get("/matches/newcomers/" + stopped).then().body("status", equalTo("proposed"));
        api().get("/trajectories/" + stoppedTrajectory + "/placements").then().body("totalItems", is(0));
        api().get("/buddies/" + buddy).then().body("duosTaken", is(duos));

        // A trajectory still in intake takes no placement yet: the placement's own rule, and again nothing changes.
        List<Map<String, Object>> intakePairs = api().get("/matches/proposals/" + proposal + "/pairs?size=200")
                .then().extract().jsonPath().getList("items.findAll { it.newcomer.id == " + intake + " }");
        for (Map<String, Object> pair : intakePairs) {
            api().contentType("application/json").body(DUO).post("/matches/pairs/" + pair.get("id") + "/approve")
                    .then().statusCode(409).body("type", equalTo("urn:vierdepijler:problem:trajectory-not-active"));
            api().get("/matches/newcomers/" + intake).then().body("status", equalTo("proposed"));
        }
        api().contentType("application/json").body("{\"reason\":\"Geen traject meer\"}")
                .post("/matches/pairs/" + stoppedPair + "/reject").then().statusCode(200);
    }

    @Test
    void aBuddyWhoStopsEndsTheirDuosAndTheNewcomerNeedsAnotherBuddy() {
        data.takesPart(BREDENE);
        String last = "Stopt " + unique();
        String hy = "[\"hy\"]";
        String games = "[\"games\",\"technology\"]";
        String slots = "[\"sun-morning\"]";
        long buddy = api().contentType("application/json").body(buddyJson(last, BREDENE, hy, games, slots, 1, "active"))
                .post("/buddies").then().statusCode(201).extract().jsonPath().getLong("id");
        long newcomer = newcomer(BREDENE, "A1", hy, games, slots, true);
        api().contentType("application/json").body("{\"newcomerId\":" + newcomer + "}").post("/trajectories").then()
                .statusCode(201);
        long trajectory = activated(newcomer);
        long proposal = api().post("/matches/proposals?network=middenkust").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long pair = pairOf(proposal, newcomer);
        long placement = api().contentType("application/json").body(DUO).post("/matches/pairs/" + pair + "/approve")
                .then().statusCode(200).body("buddy.id", equalTo((int) buddy)).extract().jsonPath()
                .getLong("placementId");

        // The buddy withdraws: their duo ends today, its place comes back, and the newcomer needs another buddy.
        String etag = api().get("/buddies/" + buddy).then().body("duosTaken", is(1)).extract().header("ETag");
        String after = api().header("If-Match", etag).contentType("application/json")
                .body(buddyJson(last, BREDENE, hy, games, slots, 1, "stopped")).put("/buddies/" + buddy).then()
                .statusCode(200).body("status", equalTo("stopped")).body("duosTaken", is(0)).extract().header("ETag");
        api().get("/trajectories/" + trajectory + "/placements").then().statusCode(200)
                .body("items.findAll { it.id == " + placement + " }.status", contains("ended"));
        api().get("/matches/newcomers/" + newcomer).then().statusCode(200).body("status", equalTo("needs-rematch"));
        // The answer's version already counts the duo given back: a change sent with it is not refused.
        api().header("If-Match", after).contentType("application/json")
                .body(buddyJson(last, BREDENE, hy, games, slots, 1, "stopped")).put("/buddies/" + buddy).then()
                .statusCode(200);
    }

    @Test
    void anErasedBuddysDuosEndAndTheNewcomerNeedsAnotherBuddy() {
        data.takesPart(BREDENE);
        String ti = "[\"ti\"]";
        String cooking = "[\"cooking\",\"music\"]";
        String slots = "[\"sat-evening\"]";
        long buddy = api().contentType("application/json")
                .body(buddyJson("Wist " + unique(), BREDENE, ti, cooking, slots, 1, "active")).post("/buddies").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long newcomer = newcomer(BREDENE, "A1", ti, cooking, slots, true);
        api().contentType("application/json").body("{\"newcomerId\":" + newcomer + "}").post("/trajectories").then()
                .statusCode(201);
        long trajectory = activated(newcomer);
        long proposal = api().post("/matches/proposals?network=middenkust").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long placement = api().contentType("application/json").body(DUO)
                .post("/matches/pairs/" + pairOf(proposal, newcomer) + "/approve").then().statusCode(200)
                .body("buddy.id", equalTo((int) buddy)).extract().jsonPath().getLong("placementId");

        // The buddy asks to be forgotten: they stop with it, their duo ends today and the newcomer needs another.
        api().post("/buddies/" + buddy + "/erasure").then().statusCode(200);
        api().get("/buddies/" + buddy).then().statusCode(200).body("status", equalTo("stopped"))
                .body("duosTaken", is(0)).body("lastName", equalTo("Verwijderd"));
        api().get("/trajectories/" + trajectory + "/placements").then().statusCode(200)
                .body("items.findAll { it.id == " + placement + " }.status", contains("ended"));
        api().get("/matches/newcomers/" + newcomer).then().statusCode(200).body("status", equalTo("needs-rematch"));
        assertThat(suggestedIds(newcomer, "buddy")).doesNotContain(buddy);
    }

    @Test
    void suggestionsFollowEveryChangeOfABuddyAtOnce() {
        String ps = "[\"ps\"]";
        String reading = "[\"reading\"]";
        String slots = "[\"wed-morning\"]";
        long newcomer = newcomer(POPERINGE, "A2", ps, reading, slots, true);
        String last = "Verandert " + unique();
        long buddy = api().contentType("application/json")
                .body(buddyJson(last, POPERINGE, ps, reading, slots, 2, "active")).post("/buddies").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertThat(languagePoints(newcomer, buddy)).isPositive();

        // Only the languages change (a collection of the buddy): the next suggestion scores the new ones.
        String etag = api().get("/buddies/" + buddy).header("ETag");
        etag = api().header("If-Match", etag).contentType("application/json")
                .body(buddyJson(last, POPERINGE, "[\"hy\"]", reading, slots, 2, "active")).put("/buddies/" + buddy)
                .then().statusCode(200).extract().header("ETag");
        assertThat(languagePoints(newcomer, buddy)).isZero();

        // The buddy moves to Gent, out of the newcomer's province: no longer suggested.
        api().header("If-Match", etag).contentType("application/json")
                .body(buddyJson(last, "44021", "[\"hy\"]", reading, slots, 2, "active")).put("/buddies/" + buddy)
                .then().statusCode(200);
        assertThat(suggestedIds(newcomer, "buddy")).doesNotContain(buddy);
    }

    @Test
    void offerSuggestionsFollowEveryChangeOfAnOfferAndItsOrganisationAtOnce() {
        long newcomer = newcomer(POPERINGE, "A2", "[\"ar\"]", "[\"work\"]", "[]", true);
        long organisation = organisation(POPERINGE);
        long offer = offer(organisation, POPERINGE, "internship", "internship", "A1", "[\"ar\"]");
        assertThat(suggestedIds(newcomer, "offer")).contains(offer);

        String renamed = "Hernoemd " + unique();
        api().header("If-Match", api().get("/organisations/" + organisation).header("ETag"))
                .contentType("application/json").body("{\"name\":\"" + renamed + "\",\"kind\":\"association\","
                        + "\"municipalityNis\":\"" + POPERINGE + "\"}")
                .put("/organisations/" + organisation).then().statusCode(200);
        api().get("/matches/suggestions?newcomer=" + newcomer + "&kind=offer&limit=100").then().statusCode(200)
                .body("items.find { it.id == " + offer + " }.organisationName", equalTo(renamed));

        var current = api().get("/offers/" + offer);
        api().header("If-Match", current.header("ETag")).contentType("application/json")
                .body(offerJson(organisation, POPERINGE, "internship", "internship", "A1", "[\"ar\"]",
                        current.jsonPath().getString("title"), "closed"))
                .put("/offers/" + offer).then().statusCode(200);
        assertThat(suggestedIds(newcomer, "offer")).doesNotContain(offer);
    }

    private List<Long> suggestedIds(long newcomer, String kind) {
        return api().get("/matches/suggestions?newcomer=" + newcomer + "&kind=" + kind + "&limit=100").then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    /** The points the languages criterion gives this buddy among the newcomer's suggestions. */
    private int languagePoints(long newcomer, long buddy) {
        JsonPath answer = api().get("/matches/suggestions?newcomer=" + newcomer + "&kind=buddy&limit=100").then()
                .statusCode(200).extract().jsonPath();
        assertThat(answer.getList("items.id", Long.class)).contains(buddy);
        return answer.getInt("items.find { it.id == " + buddy + " }.criteria.find { it.code == 'languages' }.points");
    }

    @Test
    void aLimburgCoordinatorSeesNothingOfAWesthoekNewcomer() {
        long newcomer = newcomer(POPERINGE, "A2", "[\"ar\"]", "[]", "[]", true);
        Session limburg = user("coordinator-limburg", "\"role\":\"network-coordinator\","
                + "\"networkIds\":[\"limburg\"]");
        Session westhoek = user("coordinator-westhoek", "\"role\":\"network-coordinator\","
                + "\"networkIds\":[\"westhoek\"]");
        as(limburg).get("/matches/suggestions?newcomer=" + newcomer + "&kind=buddy").then().statusCode(404)
                .contentType("application/problem+json");
        as(limburg).get("/matches/newcomers/" + newcomer).then().statusCode(404);
        as(westhoek).get("/matches/suggestions?newcomer=" + newcomer + "&kind=offer").then().statusCode(200);
        as(westhoek).get("/matches/newcomers/" + newcomer).then().statusCode(200).body("status", equalTo("no-match"));
        as(limburg).post("/matches/proposals?network=westhoek").then().statusCode(403);
        as(limburg).get("/matches/proposals?network=westhoek").then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        api().get("/matches/suggestions").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("newcomer", "kind"));
        api().get("/matches/suggestions?newcomer=abc&kind=cat&limit=0").then().statusCode(400)
                .body("violations.field", hasItems("newcomer", "kind", "limit"));
        api().get("/matches/suggestions?newcomer=1&kind=buddy&limit=101").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        api().get("/matches/suggestions?newcomer=999999999&kind=buddy").then().statusCode(404);
        api().post("/matches/proposals").then().statusCode(400).body("violations[0].field", equalTo("network"));
        api().post("/matches/proposals?network=atlantis").then().statusCode(400)
                .body("violations[0].code", equalTo("unknown-network"));
        api().get("/matches/proposals/999999999/pairs").then().statusCode(404);
        api().get("/matches/proposals/1/pairs?status=maybe&sort=name").then().statusCode(400)
                .body("violations.field", hasItems("status", "sort"));
        api().post("/matches/pairs/999999999/approve").then().statusCode(404);
        api().contentType("application/json").body("{\"reason\":\"" + "x".repeat(501) + "\"}")
                .post("/matches/pairs/999999999/reject").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
    }

    private long pairOf(long proposal, long newcomer) {
        List<Map<String, Object>> pairs = api().get("/matches/proposals/" + proposal + "/pairs?size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.newcomer.id == " + newcomer + " }");
        assertThat(pairs).as("a pair for newcomer " + newcomer).hasSize(1);
        return ((Number) pairs.get(0).get("id")).longValue();
    }

    private Session user(String name, String scope) {
        String username = name + "." + unique();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\"," + scope + ",\"password\":\"" + PASSWORD + "\"}").post("/users").then().statusCode(201);
        return signIn(username, PASSWORD);
    }

    private long newcomer(String nis, String level, String languages, String interests, String slots,
                          boolean consents) {
        return api().contentType("application/json").body("{\"firstName\":\"Inburgeraar\",\"lastName\":\"Match "
                        + unique() + "\",\"integrationStatus\":\"obliged\",\"municipalityNis\":\"" + nis
                        + "\",\"dutchLevel\":\"" + level + "\",\"languages\":" + languages + ",\"interests\":"
                        + interests + ",\"availability\":" + slots + ",\"referralChannel\":\"agency\","
                        + "\"integrationContractDate\":\"2025-01-15\",\"integrationProgress\":\"running\","
                        + "\"consents\":{\"matching\":" + consents + "}}")
                .post("/newcomers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The fields of a buddy duo's placement, as the coordinator fills them in when approving. */
    private static final String DUO = "{\"attributes\":{\"meetingRhythm\":\"weekly\",\"sharedLanguages\":[\"nl\"]}}";

    /** Starts the newcomer's open trajectory (a placement needs an active one); its id. */
    private long activated(long newcomer) {
        long trajectory = api().get("/trajectories?newcomer=" + newcomer).then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        api().contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);
        return trajectory;
    }

    private long newcomerWithTrajectory(String nis, String languages, String interests) {
        long id = newcomer(nis, "A1", languages, interests, "[\"sat-morning\",\"sun-morning\"]", true);
        api().contentType("application/json").body("{\"newcomerId\":" + id + "}").post("/trajectories").then()
                .statusCode(201);
        return id;
    }

    private long buddy(String nis, String languages, String interests, String slots, int capacity) {
        return api().contentType("application/json").body(buddyJson("Match " + unique(), nis, languages, interests,
                slots, capacity, "active")).post("/buddies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String buddyJson(String lastName, String nis, String languages, String interests, String slots,
                                    int capacity, String status) {
        return "{\"firstName\":\"Bieke\",\"lastName\":\"" + lastName + "\",\"email\":\"buddy@example.org\","
                + "\"municipalityNis\":\"" + nis + "\",\"languages\":" + languages + ",\"interests\":" + interests
                + ",\"availability\":" + slots + ",\"screening\":\"screened\",\"training\":\"trained\","
                + "\"trainedOn\":\"2025-06-01\",\"capacity\":" + capacity + ",\"status\":\"" + status + "\","
                + "\"consents\":{\"matching\":true}}";
    }

    private long organisation(String nis) {
        return api().contentType("application/json").body("{\"name\":\"Matching " + unique()
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + nis + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long offer(long organisation, String nis, String type, String category, String level, String languages) {
        return api().contentType("application/json").body(offerJson(organisation, nis, type, category, level,
                        languages, "Matching " + unique(), "published"))
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String offerJson(long organisation, String nis, String type, String category, String level,
                                    String languages, String title, String status) {
        return "{\"organisationId\":" + organisation + ",\"trajectoryTypeId\":\"" + type
                + "\",\"reportingCategory\":\"" + category + "\",\"title\":\"" + title
                + "\",\"municipalityNis\":\"" + nis + "\",\"requiredLevel\":\"" + level
                + "\",\"capacity\":3,\"languages\":" + languages + ",\"status\":\"" + status + "\"}";
    }
}
