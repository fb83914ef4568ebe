package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Buddies over HTTP: registering, reading and changing them, filters and paging, scoping, the public
 * self-registration, the report, export and erasure. Poperinge (33021) lies in Westhoek (province West-Vlaanderen),
 * Hasselt (71072) in Limburg.
 */
class BuddiesIT extends ApiTest {

    private static final String POPERINGE = "33021";
    private static final String HASSELT = "71072";
    private static final String PASSWORD = "buddies-password-1";

    private static Session limburg;
    private static Session westhoek;
    private static Session officerPoperinge;
    private static Session viewer;

    @BeforeEach
    void createTheCallersOnce() {
        if (limburg != null) {
            return;
        }
        String suffix = Long.toString(System.nanoTime(), 36);
        limburg = user("coord.limburg." + suffix, "\"role\":\"network-coordinator\",\"networkIds\":[\"limburg\"]");
        westhoek = user("coord.westhoek." + suffix, "\"role\":\"network-coordinator\",\"networkIds\":[\"westhoek\"]");
        officerPoperinge = user("officer.poperinge." + suffix, "\"role\":\"local-officer\",\"municipalityNis\":\""
                + POPERINGE + "\"");
        viewer = user("viewer." + suffix, "\"role\":\"viewer\"");
    }

    private Session user(String username, String scope) {
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + username
                + "\"," + scope + ",\"password\":\"" + PASSWORD + "\"}").post("/users").then().statusCode(201);
        return signIn(username, PASSWORD);
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    /**
     * A buddy as a coordinator registers them, as JSON.
     *
     * @param overrides field name, raw JSON value, …: replaces the default of that field (null leaves it out)
     */
    private static String body(String lastName, String nis, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", "\"Zoë\"");
        fields.put("lastName", "\"" + lastName + "\"");
        fields.put("email", "\"zoe@example.org\"");
        fields.put("phone", "\"+32 470 11 22 33\"");
        fields.put("municipalityNis", "\"" + nis + "\"");
        fields.put("languages", "[\"nl\",\"ar\"]");
        fields.put("interests", "[\"sport\",\"cooking\"]");
        fields.put("availability", "[\"wed-evening\",\"sat-morning\"]");
        fields.put("consents", "{\"matching\":true}");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                fields.remove(overrides[i]);
            } else {
                fields.put(overrides[i], overrides[i + 1]);
            }
        }
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The fields of a change that makes a buddy screened and trained, with this capacity and status. */
    private static String[] settings(int capacity, String status) {
        return new String[] {"screening", "\"screened\"", "training", "\"trained\"", "capacity",
                String.valueOf(capacity), "status", "\"" + status + "\""};
    }

    private static String[] with(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private long register(String lastName, String nis, String... overrides) {
        return api().contentType("application/json").body(body(lastName, nis, overrides)).post("/buddies").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private long availableBuddy(String lastName, String nis, int capacity) {
        return register(lastName, nis, settings(capacity, "active"));
    }

    private JsonPath report(RequestSpecification caller, String by) {
        return caller.get("/buddies/report?by=" + by).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> group(JsonPath report, String id) {
        List<Map<String, Object>> groups = report.getList("groups");
        return groups.stream().filter(g -> id.equals(g.get("id"))).findFirst().orElse(Map.of());
    }

    private static long count(Map<String, Object> group, String field) {
        Object value = group.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Test
    void registersReadsAndChangesABuddyUnderOptimisticLocking() {
        String name = "Vandamme" + unique();
        Response created = api().contentType("application/json").body(body(name, POPERINGE)).post("/buddies");
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/buddies/\\d+"))
                .body("reference", matchesPattern("BD-[2-9A-Z]{4}-[2-9A-Z]{4}"))
                .body("lastName", equalTo(name))
                .body("networkId", equalTo("westhoek")).body("networkName", equalTo("Westhoek"))
                .body("municipalityName", equalTo("Poperinge"))
                .body("languages", contains("ar", "nl"))
                .body("availability", contains("wed-evening", "sat-morning"))
                .body("screening", equalTo("registered")).body("training", equalTo("not-trained"))
                .body("status", equalTo("active")).body("registeredBy", equalTo("coordinator"))
                .body("capacity", is(1)).body("duosTaken", is(0)).body("available", is(false))
                .body("consents[0].purpose", equalTo("matching")).body("consents[0].recordedBy", equalTo("admin"));
        long id = created.jsonPath().getLong("id");

        String etag = api().get("/buddies/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotBlank();
        String change = body(name, POPERINGE, with(settings(3, "active"), "trainedOn", "\"2026-01-15\"",
                "consents", "{\"evaluation-contact\":true}"));
        api().header("If-Match", etag).contentType("application/json").body(change).put("/buddies/" + id).then()
                .statusCode(200)
                .body("screening", equalTo("screened")).body("screeningDecidedOn", notNullValue())
                .body("trainedOn", equalTo("2026-01-15")).body("capacity", is(3)).body("available", is(true))
                .body("freeDuos", is(3))
                .body("consents.purpose", contains("matching", "evaluation-contact"));
        api().header("If-Match", etag).contentType("application/json").body(change).put("/buddies/" + id).then()
                .statusCode(412).contentType("application/problem+json");
        api().contentType("application/json").body(change).put("/buddies/" + id).then().statusCode(428);

        // A decided screening does not return to awaiting screening.
        String fresh = api().get("/buddies/" + id).header("ETag");
        api().header("If-Match", fresh).contentType("application/json")
                .body(body(name, POPERINGE, with(settings(3, "active"), "screening", "\"registered\"", "training",
                        "\"not-trained\"")))
                .put("/buddies/" + id).then().statusCode(400)
                .body("violations.field", contains("screening"));
    }

    @Test
    void filtersAndPagesInTheDatabase() {
        String family = "Filtertest" + unique();
        long available = availableBuddy(family + "a", POPERINGE, 2);
        long waiting = register(family + "b", POPERINGE, "languages", "[\"uk\"]", "interests", "[\"music\"]");
        long limburgBuddy = availableBuddy(family + "c", HASSELT, 1);

        api().queryParam("q", family.toUpperCase()).get("/buddies?size=2&sort=name").then().statusCode(200)
                .body("totalItems", is(3)).body("totalPages", is(2)).body("items.id", contains((int) available,
                        (int) waiting));
        api().queryParam("q", family).get("/buddies?size=2&page=1&sort=name").then()
                .body("items.id", contains((int) limburgBuddy));
        api().queryParam("q", "zoe " + family.toLowerCase()).get("/buddies").then()
                .body("totalItems", is(3));
        api().queryParam("q", family).get("/buddies?available=true").then()
                .body("items.id", containsInAnyOrder((int) available, (int) limburgBuddy));
        api().queryParam("q", family).get("/buddies?available=false").then()
                .body("items.id", contains((int) waiting));
        api().queryParam("q", family).get("/buddies?network=westhoek&screening=registered").then()
                .body("items.id", contains((int) waiting));
        api().queryParam("q", family).get("/buddies?municipality=" + HASSELT + "&training=trained").then()
                .body("items.id", contains((int) limburgBuddy));
        api().queryParam("q", family).get("/buddies?language=UK").then().body("items.id", contains((int) waiting));
        api().queryParam("q", family).get("/buddies?interest=cooking&status=active").then()
                .body("items.id", containsInAnyOrder((int) available, (int) limburgBuddy));
        String reference = api().get("/buddies/" + waiting).jsonPath().getString("reference");
        api().queryParam("q", reference.toLowerCase()).get("/buddies").then().body("items.id",
                contains((int) waiting));
    }

    @Test
    void aCoordinatorOfLimburgSeesCountsAndChangesNoWesthoekBuddy() {
        String family = "Scope" + unique();
        long poperinge = availableBuddy(family + "a", POPERINGE, 2);
        long hasselt = availableBuddy(family + "b", HASSELT, 1);

        as(limburg).queryParam("q", family).get("/buddies").then().statusCode(200)
                .body("items.id", contains((int) hasselt));
        as(limburg).get("/buddies?size=200").then().body("items.networkId", everyItem(equalTo("limburg")));
        as(limburg).get("/buddies/" + poperinge).then().statusCode(404).contentType("application/problem+json");
        as(limburg).header("If-Match", "\"0\"").contentType("application/json")
                .body(body(family, POPERINGE)).put("/buddies/" + poperinge).then().statusCode(404);
        as(limburg).contentType("application/json").body(body(family, POPERINGE)).post("/buddies").then()
                .statusCode(403);
        as(limburg).get("/buddies/" + poperinge + "/export").then().statusCode(404);
        as(limburg).post("/buddies/" + poperinge + "/erasure").then().statusCode(404);
        JsonPath report = report(as(limburg), "network");
        assertThat(report.getList("groups.id", String.class)).doesNotContain("westhoek");
        assertThat(report(as(limburg), "province").getList("groups.id", String.class))
                .doesNotContain("west-vlaanderen");

        as(westhoek).queryParam("q", family).get("/buddies").then().body("items.id", contains((int) poperinge));
        as(westhoek).get("/buddies/" + hasselt).then().statusCode(404);
        as(officerPoperinge).queryParam("q", family).get("/buddies").then().body("items.id",
                contains((int) poperinge));
        as(officerPoperinge).get("/buddies/" + poperinge).then().statusCode(200);
        as(officerPoperinge).get("/buddies?size=200").then().body("items.municipalityNis",
                everyItem(equalTo(POPERINGE)));
        as(viewer).get("/buddies").then().statusCode(403);
        as(viewer).get("/buddies/" + poperinge).then().statusCode(404);
        assertThat(report(as(viewer), "network").getList("groups.id", String.class)).contains("westhoek", "limburg");
    }

    @Test
    void theReportCountsInTheDatabase() {
        JsonPath before = report(as(westhoek), "network");
        JsonPath beforeProvince = report(api(), "province");
        String family = "Report" + unique();
        long full = availableBuddy(family + "a", POPERINGE, 3);
        availableBuddy(family + "b", POPERINGE, 2);
        register(family + "c", POPERINGE, "screening", "\"refused\"");
        register(family + "d", POPERINGE);
        JsonPath after = report(as(westhoek), "network");
        Map<String, Object> b = group(before, "westhoek");
        Map<String, Object> a = group(after, "westhoek");
        assertThat(a.get("name")).isEqualTo("Westhoek");
        assertThat(count(a, "registered") - count(b, "registered")).isEqualTo(4);
        assertThat(count(a, "awaitingScreening") - count(b, "awaitingScreening")).isEqualTo(1);
        assertThat(count(a, "screened") - count(b, "screened")).isEqualTo(2);
        assertThat(count(a, "refused") - count(b, "refused")).isEqualTo(1);
        assertThat(count(a, "trained") - count(b, "trained")).isEqualTo(2);
        assertThat(count(a, "available") - count(b, "available")).isEqualTo(2);
        assertThat(count(a, "totalCapacity") - count(b, "totalCapacity")).isEqualTo(5);
        assertThat(count(a, "freeDuos") - count(b, "freeDuos")).isEqualTo(5);
        assertThat(count(a, "duosRunning") - count(b, "duosRunning")).isZero();
        assertThat(after.getList("groups.id", String.class)).containsOnly("westhoek");
        assertThat(after.getLong("total.registered")).isEqualTo(count(a, "registered"));

        Map<String, Object> province = group(report(api(), "province"), "west-vlaanderen");
        assertThat(province.get("name")).isEqualTo("West-Vlaanderen");
        assertThat(count(province, "registered") - count(group(beforeProvince, "west-vlaanderen"), "registered"))
                .isEqualTo(4);

        // A paused buddy is no longer available, and their capacity no longer counts.
        String etag = api().get("/buddies/" + full).header("ETag");
        api().header("If-Match", etag).contentType("application/json").body(body(family + "a", POPERINGE,
                settings(3, "paused")))
                .put("/buddies/" + full).then().statusCode(200).body("available", is(false));
        Map<String, Object> paused = group(report(as(westhoek), "network"), "westhoek");
        assertThat(count(paused, "available") - count(b, "available")).isEqualTo(1);
        assertThat(count(paused, "totalCapacity") - count(b, "totalCapacity")).isEqualTo(2);

        api().get("/buddies/report?by=planet").then().statusCode(400).body("violations[0].field", equalTo("by"));
    }

    @Test
    void refusesBadInputWithEveryFieldAndWritesNothing() {
        String family = "Bad" + unique();
        api().contentType("application/json").body("{\"firstName\":\" \",\"lastName\":\"" + family + "\","
                        + "\"email\":\"geen-mail\",\"municipalityNis\":\"99999\",\"languages\":[\"nl\",\"xx\"],"
                        + "\"interests\":[\"flying\"],\"availability\":[\"someday\"],\"capacity\":9,"
                        + "\"screening\":\"maybe\",\"consents\":{\"matching\":false}}")
                .post("/buddies").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("firstName", "email", "languages[1]", "interests[0]",
                        "availability[0]", "screening", "capacity", "consents.matching", "municipalityNis"));
        api().contentType("application/json").body("{\"firstName\":\"A\",\"lastName\":\"" + family
                        + "\",\"email\":\"a@b.be\",\"municipalityNis\":\"" + POPERINGE + "\",\"training\":\"trained\","
                        + "\"consents\":{\"matching\":true}}")
                .post("/buddies").then().statusCode(400).body("violations.field", contains("training"));
        api().contentType("application/json").body("{\"capacity\":\"veel\"}").post("/buddies").then()
                .statusCode(400).contentType("application/problem+json");
        api().queryParam("q", family).get("/buddies").then().body("totalItems", is(0));
        api().get("/buddies?screening=maybe&available=perhaps&language=xx&interest=flying&sort=age").then()
                .statusCode(400)
                .body("violations.field", contains("sort", "screening", "available", "language", "interest"));
        api().get("/buddies?network=atlantis").then().statusCode(400)
                .body("violations.field", contains("network"));
        api().get("/buddies/424242424").then().statusCode(404).contentType("application/problem+json");
        api().get("/buddies/abc").then().statusCode(404);
    }

    @Test
    void aVolunteerRegistersThemselvesWithoutSigningIn() {
        String family = "Zelf" + unique();
        String form = "{\"firstName\":\"Lotte\",\"lastName\":\"" + family + "\",\"email\":\"lotte@example.org\","
                + "\"municipalityNis\":\"" + POPERINGE + "\",\"languages\":[\"nl\",\"fr\"],\"interests\":[\"nature\"],"
                + "\"availability\":[\"sun-afternoon\"],\"capacity\":2,"
                + "\"consents\":{\"matching\":true,\"share-with-partners\":true,\"evaluation-contact\":false}";
        Response accepted = anonymous().contentType("application/json").body(form + ",\"website\":\"\"}")
                .post("/public/buddy-registrations");
        accepted.then().statusCode(202)
                .body("reference", matchesPattern("BD-[2-9A-Z]{4}-[2-9A-Z]{4}"))
                .body("status", equalTo("registered"));
        assertThat(accepted.asString()).doesNotContain(family, "lotte@example.org", "Lotte");
        String reference = accepted.jsonPath().getString("reference");
        api().queryParam("q", reference).get("/buddies").then().body("totalItems", is(1))
                .body("items[0].lastName", equalTo(family)).body("items[0].registeredBy", equalTo("self"))
                .body("items[0].screening", equalTo("registered")).body("items[0].capacity", is(2))
                .body("items[0].consents.purpose", contains("matching", "share-with-partners",
                        "evaluation-contact"))
                .body("items[0].consents.recordedBy", everyItem(equalTo("self")));
        api().queryParam("q", family).get("/buddies?registeredBy=self&screening=registered").then()
                .body("totalItems", is(1));
        api().queryParam("q", family).get("/buddies?registeredBy=coordinator").then().body("totalItems", is(0));

        // Without consent to matching: refused, with the field.
        anonymous().contentType("application/json")
                .body(form.replace("\"matching\":true,", "") + "}").post("/public/buddy-registrations").then()
                .statusCode(400).body("violations.field", contains("consents.matching"));
        // A robot fills in the hidden field: it gets an answer like any other, and nothing is stored.
        anonymous().contentType("application/json").body(form.replace(family, family + "bot")
                        + ",\"website\":\"http://spam.example\"}").post("/public/buddy-registrations").then()
                .statusCode(202).body("reference", matchesPattern("BD-.*"));
        api().queryParam("q", family + "bot").get("/buddies").then().body("totalItems", is(0));
        // Every field has a limit; the body as a whole too.
        anonymous().contentType("application/json").body(form.replace("\"Lotte\"", "\"" + "L".repeat(101) + "\"")
                + "}").post("/public/buddy-registrations").then().statusCode(400)
                .body("violations.field", contains("firstName")).body("violations[0].code", equalTo("too-long"));
        anonymous().contentType("application/json").body(form + ",\"website\":\"\",\"padding\":\""
                + "x".repeat(20_000) + "\"}").post("/public/buddy-registrations").then().statusCode(413)
                .contentType("application/problem+json");
        anonymous().contentType("application/json").body(form.replace("\"nature\"", "\"nature\",\"spam\"") + "}")
                .post("/public/buddy-registrations").then().statusCode(400)
                .body("violations.field", contains("interests[1]"));
        api().queryParam("q", family).get("/buddies").then().body("totalItems", is(1));
    }

    @Test
    void theExportHoldsEverythingAboutThePersonAndIsLoggedAsARead() {
        String family = "Export" + unique();
        long id = register(family, POPERINGE, "consents", "{\"matching\":true,\"evaluation-contact\":true}");
        String etag = api().get("/buddies/" + id).header("ETag");
        api().header("If-Match", etag).contentType("application/json").body(body(family, POPERINGE,
                        "screening", "\"screened\"", "training", "\"not-trained\"", "capacity", "1", "status",
                        "\"active\"", "consents", "{\"evaluation-contact\":false}"))
                .put("/buddies/" + id).then().statusCode(200);

        Response export = as(westhoek).get("/buddies/" + id + "/export");
        export.then().statusCode(200)
                .header("Content-Disposition", matchesPattern("attachment; filename=\"buddy-\\d+-gegevens.json\""))
                .body("kind", equalTo("buddy")).body("id", equalTo(String.valueOf(id)))
                .body("profile.lastName", equalTo(family)).body("profile.email", equalTo("zoe@example.org"))
                .body("profile.phone", equalTo("+32 470 11 22 33")).body("profile.languages", contains("ar", "nl"))
                .body("profile.screening", equalTo("screened"))
                .body("consents.find { it.purpose == 'evaluation-contact' }.granted", is(false))
                .body("consentHistory.findAll { it.purpose == 'evaluation-contact' }.granted", contains(true, false))
                .body("changes.size()", is(2))
                .body("changes[0].state.lastName", equalTo(family))
                .body("reads.by", hasItem("admin"));
        String exporter = as(westhoek).get("/session").jsonPath().getString("username");
        api().get("/audit/reads?kind=buddy&id=" + id + "&by=" + exporter).then().body("totalItems", is(1));
        as(officerPoperinge).get("/buddies/" + id + "/export").then().statusCode(403);
    }

    @Test
    void erasureLeavesNoPersonalFieldReadableAndKeepsTheCounts() {
        String family = "Erase" + unique();
        long id = availableBuddy(family, POPERINGE, 2);
        String etag = api().get("/buddies/" + id).header("ETag");
        api().header("If-Match", etag).contentType("application/json").body(body(family, POPERINGE,
                        with(settings(2, "active"), "phone", "\"+32 470 99 88 77\"")))
                .put("/buddies/" + id).then().statusCode(200);
        JsonPath before = report(api(), "network");

        as(officerPoperinge).post("/buddies/" + id + "/erasure").then().statusCode(403);
        as(westhoek).post("/buddies/" + id + "/erasure").then().statusCode(200)
                .body("kind", equalTo("buddy")).body("erasedAt", notNullValue()).body("alreadyErased", is(false));

        api().get("/buddies/" + id).then().statusCode(200)
                .body("firstName", equalTo("Verwijderd")).body("lastName", equalTo("Verwijderd"))
                .body("email", nullValue()).body("phone", nullValue())
                .body("languages", empty()).body("interests", empty()).body("availability", empty())
                .body("status", equalTo("stopped")).body("erased", is(true))
                .body("municipalityNis", equalTo(POPERINGE)).body("screening", equalTo("screened"))
                .body("training", equalTo("trained")).body("capacity", is(2));
        api().queryParam("q", family).get("/buddies").then().body("totalItems", is(0));
        String history = api().get("/audit/changes?kind=buddy&id=" + id + "&size=200").then().statusCode(200)
                .body("totalItems", is(3))
                .body("items.state.lastName", everyItem(equalTo("Verwijderd")))
                .body("items.state.email", everyItem(nullValue()))
                .body("items.state.phone", everyItem(nullValue()))
                .body("items.state.languages", everyItem(empty()))
                .body("items.state.interests", everyItem(empty()))
                .body("items.state.availability", everyItem(empty()))
                .extract().asString();
        assertThat(history).doesNotContain(family, "zoe@example.org", "470 11 22 33", "470 99 88 77", "Zoë",
                "wed-evening");
        String export = api().get("/buddies/" + id + "/export").then().statusCode(200)
                .body("erasures[0].by", notNullValue()).extract().asString();
        assertThat(export).doesNotContain(family, "zoe@example.org", "470 11 22 33", "470 99 88 77", "Zoë",
                "wed-evening", "cooking");

        Map<String, Object> b = group(before, "westhoek");
        Map<String, Object> a = group(report(api(), "network"), "westhoek");
        assertThat(count(a, "registered")).isEqualTo(count(b, "registered"));
        assertThat(count(a, "screened")).isEqualTo(count(b, "screened"));
        assertThat(count(a, "trained")).isEqualTo(count(b, "trained"));
        assertThat(count(a, "available")).isEqualTo(count(b, "available") - 1);

        String erased = api().get("/buddies/" + id).header("ETag");
        api().header("If-Match", erased).contentType("application/json").body(body(family, POPERINGE))
                .put("/buddies/" + id).then().statusCode(409).contentType("application/problem+json");
        api().post("/buddies/" + id + "/erasure").then().statusCode(200).body("alreadyErased", is(true));
        api().get("/audit/changes?kind=buddy&id=" + id).then().body("items.state.lastName",
                not(hasItem(family)));
    }
}
