package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "I want to take part" over HTTP: the public form (its checks, honeypot, limit per address counted in the database,
 * repeats) and the counsellors' list (scope, taking in with a newcomer, declining, handled once). Poperinge (33021)
 * lies in Westhoek, Hasselt (71072) in Limburg.
 */
@Fixtures(ParticipationFixture.class)
class ParticipationRequestsIT extends ApiTest {

    private static final String POPERINGE = "33021";
    private static final String HASSELT = "71072";
    private static final String PASSWORD = "requests-password-1";

    private static Session westhoek;
    private static Session limburg;
    private static Session officer;
    private static Session contact;
    private static long organisationId;
    private static long offerId;
    private static long draftOfferId;
    private static String suffix;

    @BeforeEach
    void createTheFixtureOnce() {
        if (westhoek != null) {
            return;
        }
        suffix = Long.toString(System.nanoTime(), 36);
        westhoek = user("couns.westhoek." + suffix, "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]");
        limburg = user("couns.limburg." + suffix, "\"role\":\"counsellor\",\"networkIds\":[\"limburg\"]");
        officer = user("officer." + suffix, "\"role\":\"local-officer\",\"municipalityNis\":\"" + POPERINGE + "\"");
        organisationId = api().contentType("application/json").body("{\"name\":\"Aanvragen " + suffix
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + POPERINGE + "\",\"contacts\":[{\"name\":"
                        + "\"Els\",\"email\":\"els@example.org\"}]}").post("/organisations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        contact = user("contact." + suffix, "\"role\":\"organisation-contact\",\"organisationId\":" + organisationId);
        offerId = offer("Praatgroep", "published");
        draftOfferId = offer("Ontwerp", "draft");
    }

    private long offer(String title, String status) {
        return api().contentType("application/json").body("{\"organisationId\":" + organisationId
                        + ",\"trajectoryTypeId\":\"volunteering\",\"reportingCategory\":\"volunteering\",\"title\":\""
                        + title + "\",\"municipalityNis\":\"" + POPERINGE + "\",\"requiredLevel\":\"A1\","
                        + "\"capacity\":5,\"status\":\"" + status + "\"}").post("/offers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private Session user(String username, String scope) {
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + username
                + "\"," + scope + ",\"password\":\"" + PASSWORD + "\"}").post("/users").then().statusCode(201);
        return signIn(username, PASSWORD);
    }

    static String body(String firstName, String nis, String phone, String email, Long offer, Boolean consent,
                       boolean share, String website) {
        return "{\"firstName\":" + quoted(firstName) + ",\"municipalityNis\":" + quoted(nis) + ",\"phone\":"
                + quoted(phone) + ",\"email\":" + quoted(email) + ",\"offerId\":" + offer + ",\"language\":\"ar\","
                + "\"consent\":" + consent + ",\"shareWithOrganisation\":" + share + ",\"website\":"
                + quoted(website) + "}";
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private Response submit(String body) {
        return anonymous().contentType("application/json").body(body).post("/public/participation-requests");
    }

    private static String phone() {
        return "0470" + String.format("%06d", Math.floorMod(System.nanoTime(), 1_000_000));
    }

    private long storedWithFirstName(String firstName) {
        return Long.parseLong(api().accept("text/plain").get("/test-fixtures/participation/requests?firstName="
                + firstName).then().statusCode(200).extract().asString());
    }

    private JsonPath find(Session who, String reference) {
        return as(who).get("/participation-requests?q=" + reference).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRequestReachesTheCounsellorsOfItsNetworkAndIsTakenInWithANewcomer() {
        String name = "Amina" + suffix;
        Response answer = submit(body(name, POPERINGE, phone(), null, offerId, true, true, ""));
        answer.then().statusCode(202).body("status", equalTo("received")).body("duplicate", equalTo(false));
        String reference = answer.jsonPath().getString("reference");
        assertThat(reference).matches("AV-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(answer.asString()).doesNotContain(name).doesNotContain("0470");

        JsonPath mine = find(westhoek, reference);
        assertThat(mine.getList("items.reference")).containsExactly(reference);
        assertThat(mine.getString("items[0].status")).isEqualTo("open");
        assertThat(mine.getString("items[0].networkId")).isEqualTo("westhoek");
        assertThat(mine.getString("items[0].offerTitle")).isEqualTo("Praatgroep");
        assertThat(mine.getString("items[0].consentAt")).isNotNull();
        assertThat(find(limburg, reference).getList("items")).isEmpty();
        as(westhoek).get("/participation-requests?status=open").then().statusCode(200)
                .body("items.reference", hasItem(reference));
        assertThat(as(westhoek).get("/participation-requests/open-count").then().statusCode(200).extract()
                .jsonPath().getLong("open")).isPositive();
        long id = mine.getLong("items[0].id");
        as(limburg).get("/participation-requests/" + id).then().statusCode(404);
        as(officer).get("/participation-requests").then().statusCode(403);

        long newcomerId = as(westhoek).contentType("application/json").body("{\"firstName\":\"" + name
                        + "\",\"lastName\":\"Aanvraag\",\"integrationStatus\":\"entitled\",\"municipalityNis\":\""
                        + POPERINGE + "\",\"referralChannel\":\"self\",\"dutchLevel\":\"A1\","
                        + "\"integrationProgress\":\"running\"}").post("/newcomers").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Response one = as(westhoek).get("/participation-requests/" + id);
        one.then().statusCode(200);
        // without If-Match: 428; a newcomer out of scope: 400 naming the field
        as(westhoek).contentType("application/json").body("{\"newcomerId\":" + newcomerId + "}")
                .post("/participation-requests/" + id + "/link").then().statusCode(428);
        as(westhoek).header("If-Match", one.header("ETag")).contentType("application/json")
                .body("{\"newcomerId\":999999999}").post("/participation-requests/" + id + "/link").then()
                .statusCode(400).body("violations.field", hasItem("newcomerId"));
        as(limburg).header("If-Match", one.header("ETag")).contentType("application/json")
                .body("{\"newcomerId\":" + newcomerId + "}").post("/participation-requests/" + id + "/link").then()
                .statusCode(404);
        Response linked = as(westhoek).header("If-Match", one.header("ETag")).contentType("application/json")
                .body("{\"newcomerId\":" + newcomerId + "}").post("/participation-requests/" + id + "/link");
        linked.then().statusCode(200).body("status", equalTo("taken-in"))
                .body("newcomerId", equalTo((int) newcomerId)).body("handledBy", equalTo("couns.westhoek." + suffix));
        assertThat(linked.jsonPath().getString("handledAt")).isNotNull();

        // handled once: a second link or a decline is a conflict
        as(westhoek).header("If-Match", linked.header("ETag")).contentType("application/json")
                .body("{\"reason\":\"dubbel\"}").post("/participation-requests/" + id + "/decline").then()
                .statusCode(409);
        as(westhoek).header("If-Match", linked.header("ETag")).contentType("application/json")
                .body("{\"newcomerId\":" + newcomerId + "}").post("/participation-requests/" + id + "/link").then()
                .statusCode(409);

        // part of the newcomer's personal data
        assertThat(api().get("/newcomers/" + newcomerId + "/export").then().statusCode(200).extract().asString())
                .contains(reference);
        // once taken in, the same contact may ask again: a new request
        String again = submit(body(name, POPERINGE, linkedPhone(id), null, offerId, true, true, "")).then()
                .statusCode(202).extract().jsonPath().getString("reference");
        assertThat(again).isNotEqualTo(reference);
    }

    private String linkedPhone(long id) {
        return api().get("/participation-requests/" + id).then().statusCode(200).extract().jsonPath()
                .getString("phone");
    }

    @Test
    void aDeclinedRequestKeepsItsReasonAndIsHandledOnce() {
        String reference = submit(body("Oksana" + suffix, HASSELT, null, "oksana." + suffix + "@example.org", null,
                true, false, "")).then().statusCode(202).extract().jsonPath().getString("reference");
        JsonPath found = find(limburg, reference);
        long id = found.getLong("items[0].id");
        assertThat(find(westhoek, reference).getList("items")).isEmpty();
        String etag = as(limburg).get("/participation-requests/" + id).header("ETag");
        as(limburg).header("If-Match", etag).contentType("application/json").body("{\"reason\":\" \"}")
                .post("/participation-requests/" + id + "/decline").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        Response declined = as(limburg).header("If-Match", etag).contentType("application/json")
                .body("{\"reason\":\"Woont niet meer in Hasselt\"}").post("/participation-requests/" + id + "/decline");
        declined.then().statusCode(200).body("status", equalTo("declined"))
                .body("declineReason", equalTo("Woont niet meer in Hasselt"));
        as(limburg).header("If-Match", declined.header("ETag")).contentType("application/json")
                .body("{\"reason\":\"nog eens\"}").post("/participation-requests/" + id + "/decline").then()
                .statusCode(409);
        as(limburg).get("/participation-requests?status=declined&q=" + reference).then().statusCode(200)
                .body("items.reference", hasItem(reference));
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsStored() {
        String name = "Fout" + suffix;
        assertViolation(body(name, POPERINGE, phone(), null, null, false, false, ""), "consent");
        assertViolation(body(name, POPERINGE, phone(), null, null, null, false, ""), "consent");
        assertViolation(body(name, POPERINGE, null, null, null, true, false, ""), "contact");
        assertViolation(body(name, POPERINGE, null, "geen-adres", null, true, false, ""), "email");
        assertViolation(body(name, POPERINGE, "12", null, null, true, false, ""), "phone");
        assertViolation(body(name, "99999", phone(), null, null, true, false, ""), "municipalityNis");
        assertViolation(body(name, null, phone(), null, null, true, false, ""), "municipalityNis");
        assertViolation(body(name, POPERINGE, phone(), null, 999999999L, true, false, ""), "offerId");
        assertViolation(body(name, POPERINGE, phone(), null, draftOfferId, true, false, ""), "offerId");
        assertViolation(body("x".repeat(81), POPERINGE, phone(), null, null, true, false, ""), "firstName");
        assertViolation(body(name, POPERINGE, phone(), "a".repeat(200) + "@example.org", null, true, false, ""),
                "email");
        assertViolation(body(name, POPERINGE, phone(), null, null, true, false, "").replace("\"ar\"", "\"de\""),
                "language");
        submit("{\"firstName\": ").then().statusCode(400);
        submit(body(name, POPERINGE, phone(), null, null, true, false, "")
                .replace("}", ",\"notes\":\"" + "x".repeat(5000) + "\"}")).then().statusCode(413);
        assertThat(storedWithFirstName(name)).isZero();
    }

    private void assertViolation(String body, String field) {
        submit(body).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void anUnknownNetworkOrMunicipalityInTheListsFilterIsNamed() {
        as(westhoek).get("/participation-requests?network=atlantis&municipality=99999").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("network", "municipality"))
                .body("violations.code", contains("unknown-network", "unknown-municipality"));
        as(westhoek).get("/participation-requests?network=westhoek&municipality=" + POPERINGE).then().statusCode(200);
    }

    @Test
    void theHoneypotIsAnsweredLikeASuccessAndStoresNothing() {
        String name = "Robot" + suffix;
        Response answer = submit(body(name, POPERINGE, phone(), null, null, true, false, "http://spam.example"));
        answer.then().statusCode(202).body("status", equalTo("received")).body("duplicate", equalTo(false));
        assertThat(answer.jsonPath().getString("reference")).matches("AV-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(storedWithFirstName(name)).isZero();
        assertThat(find(westhoek, answer.jsonPath().getString("reference")).getList("items")).isEmpty();
    }

    @Test
    void aRepeatGetsTheSameReferenceAndStoresNothingNewAlsoWhenTwoArriveAtOnce() throws Exception {
        String name = "Herhaal" + suffix;
        String email = "herhaal." + suffix + "@example.org";
        String first = submit(body(name, POPERINGE, null, email, offerId, true, false, "")).then().statusCode(202)
                .body("duplicate", equalTo(false)).extract().jsonPath().getString("reference");
        // the same contact (other case, a phone added), the same offer: the same reference
        submit(body(name, POPERINGE, phone(), email.toUpperCase(), offerId, true, false, "")).then().statusCode(202)
                .body("duplicate", equalTo(true)).body("reference", equalTo(first));
        assertThat(storedWithFirstName(name)).isEqualTo(1);
        // another offer, or no offer: another request
        assertThat(submit(body(name, POPERINGE, null, email, null, true, false, "")).then().statusCode(202)
                .extract().jsonPath().getString("reference")).isNotEqualTo(first);
        assertThat(storedWithFirstName(name)).isEqualTo(2);

        String racing = "Tegelijk" + suffix;
        String phone = phone();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> submit(body(racing, POPERINGE, phone, null, null, true, false, "")));
            }
            Set<String> references = pool.invokeAll(calls).stream().map(ParticipationRequestsIT::answer)
                    .peek(r -> assertThat(r.statusCode()).isEqualTo(202))
                    .map(r -> r.jsonPath().getString("reference")).collect(Collectors.toSet());
            assertThat(references).hasSize(1);
            assertThat(storedWithFirstName(racing)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response answer(Future<Response> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Five attempts an hour from one address, counted in the database: the sixth is refused with 429 and
     * Retry-After, honeypot hits and invalid attempts count too, and once the database forgets the attempts (as a
     * new hour would) the address may send again: the count lives in the table, not in a node's memory.
     */
    @Test
    void theSixthAttemptFromOneAddressInAnHourIsRefused() {
        api().contentType("text/plain").body("5").put("/test-fixtures/participation/limit").then().statusCode(204);
        try {
            api().delete("/test-fixtures/participation/attempts").then().statusCode(204);
            String name = "Limiet" + suffix;
            for (int i = 0; i < 3; i++) {
                submit(body(name, POPERINGE, phone(), null, null, true, false, "")).then().statusCode(202);
            }
            submit(body(name, POPERINGE, phone(), null, null, true, false, "bot")).then().statusCode(202);
            submit(body(name, POPERINGE, phone(), null, null, false, false, "")).then().statusCode(400);
            assertThat(api().accept("text/plain").get("/test-fixtures/participation/attempts").then().statusCode(200)
                    .extract().asString()).isEqualTo("5");
            Response refused = submit(body(name, POPERINGE, phone(), null, null, true, false, ""));
            refused.then().statusCode(429).contentType("application/problem+json")
                    .body("type", equalTo("urn:vierdepijler:problem:too-many-requests"));
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3601L);
            assertThat(storedWithFirstName(name)).isEqualTo(3);

            api().delete("/test-fixtures/participation/attempts").then().statusCode(204);
            submit(body(name, POPERINGE, phone(), null, null, true, false, "")).then().statusCode(202);
        } finally {
            api().contentType("text/plain").body("1000").put("/test-fixtures/participation/limit").then()
                    .statusCode(204);
        }
    }

    /**
     * The side that tries to break the limit: 24 attempts from one address sent at the same moment. Counting first and
     * adding after would let several through; each attempt takes one of the hour's five numbered places under a
     * unique key, so exactly five are let through (here refused as invalid, 400, so that nothing is stored) and the
     * other 19 get 429.
     */
    @Test
    void aBurstFromOneAddressAtTheSameMomentGetsNoMoreThroughThanTheLimit() throws InterruptedException {
        api().contentType("text/plain").body("5").put("/test-fixtures/participation/limit").then().statusCode(204);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            api().delete("/test-fixtures/participation/attempts").then().statusCode(204);
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(() -> submit(body("Stoot" + suffix, POPERINGE, phone(), null, null, false, false, "")));
            }
            List<Integer> statuses = pool.invokeAll(calls).stream().map(ParticipationRequestsIT::answer)
                    .map(Response::statusCode).toList();
            assertThat(statuses).as("no 500 in a burst").containsOnly(400, 429);
            assertThat(statuses.stream().filter(s -> s == 400).count()).as("let through: the limit").isEqualTo(5);
            assertThat(api().accept("text/plain").get("/test-fixtures/participation/attempts").then().statusCode(200)
                    .extract().asString()).isEqualTo("5");
        } finally {
            pool.shutdownNow();
            api().delete("/test-fixtures/participation/attempts").then().statusCode(204);
            api().contentType("text/plain").body("1000").put("/test-fixtures/participation/limit").then()
                    .statusCode(204);
        }
    }

    @Test
    void anOrganisationContactSeesOnlyTheRequestsSharedWithItAndHandlesNone() {
        String shared = submit(body("Gedeeld" + suffix, POPERINGE, phone(), null, offerId, true, true, "")).then()
                .statusCode(202).extract().jsonPath().getString("reference");
        String kept = submit(body("Niet" + suffix, POPERINGE, phone(), null, offerId, true, false, "")).then()
                .statusCode(202).extract().jsonPath().getString("reference");
        List<String> seen = as(contact).get("/participation-requests?size=200").then().statusCode(200).extract()
                .jsonPath().getList("items.reference");
        assertThat(seen).contains(shared).doesNotContain(kept);
        long sharedId = find(contact, shared).getLong("items[0].id");
        long keptId = find(westhoek, kept).getLong("items[0].id");
        Response one = as(contact).get("/participation-requests/" + sharedId);
        one.then().statusCode(200);
        as(contact).get("/participation-requests/" + keptId).then().statusCode(404);
        as(contact).header("If-Match", one.header("ETag")).contentType("application/json")
                .body("{\"reason\":\"vol\"}").post("/participation-requests/" + sharedId + "/decline").then()
                .statusCode(403);
    }

    /**
     * Requests never taken in and untouched for the retention period are pseudonymised by the retention job; a
     * recent one, and one taken in (it goes with its newcomer), stay.
     */
    @Test
    void theRetentionJobErasesOldRequestsNeverTakenIn() {
        String name = "Oud" + suffix;
        String old = submit(body(name, POPERINGE, phone(), null, null, true, false, "")).then().statusCode(202)
                .extract().jsonPath().getString("reference");
        String recent = submit(body(name, POPERINGE, phone(), null, null, true, false, "")).then().statusCode(202)
                .extract().jsonPath().getString("reference");
        long oldId = find(westhoek, old).getLong("items[0].id");
        api().contentType("text/plain").body(java.time.LocalDate.now().minusMonths(25).toString())
                .put("/test-fixtures/participation/requests/" + oldId + "/updated-on").then().statusCode(204);

        JsonPath run = api().post("/privacy/retention-runs").then().statusCode(200).extract().jsonPath();
        assertThat(run.getInt("kinds.find { it.kind == 'participation-request' }.erased")).isPositive();
        assertThat(run.getInt("kinds.find { it.kind == 'participation-request' }.failed")).isZero();

        as(westhoek).get("/participation-requests/" + oldId).then().statusCode(200)
                .body("firstName", equalTo("Verwijderd")).body("phone", org.hamcrest.Matchers.nullValue())
                .body("email", org.hamcrest.Matchers.nullValue());
        assertThat(find(westhoek, recent).getString("items[0].firstName")).isEqualTo(name);
    }
}
