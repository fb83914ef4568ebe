package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Funding calls and projects through the API: each rule of the call and of the lifecycle tried from the side that
 * breaks it (a 4xx at the field, nothing written), optimistic locking, and who sees which project.
 */
class FundingIT extends ApiTest {

    private static final String POPERINGE = "33021";
    private static final String HASSELT = "71072";

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static String call(String reference, String budget, String max, String minOwn) {
        return "{\"reference\":\"" + reference + "\",\"name\":\"Proeftuinen " + reference + "\",\"kind\":\"pilot-call\","
                + "\"funders\":[{\"funder\":\"AMIF\",\"sharePercent\":50},{\"funder\":\"VVSG\",\"sharePercent\":50}],"
                + "\"totalBudget\":" + budget + ",\"maxPerProject\":" + max + ",\"minOwnFinancingPercent\":" + minOwn
                + ",\"eligibleApplicants\":\"Lokale besturen\",\"startFrom\":\"2020-09-01\",\"durationMonths\":24}";
    }

    private long newCall(String budget, String max, String minOwn) {
        return api().contentType("application/json").body(call("oproep " + unique(), budget, max, minOwn))
                .post("/funding/calls").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String project(long call, String name, String nis, String extra) {
        return "{\"callId\":" + call + ",\"leadName\":\"Stad " + name + "\",\"name\":\"" + name + "\","
                + "\"municipalityNis\":[" + (nis == null ? "" : "\"" + nis + "\"") + "],"
                + "\"trajectoryTypeIds\":[\"buddy\",\"volunteering\"],\"startDate\":\"2020-09-01\","
                + "\"endDate\":\"2022-08-31\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private long newProject(long call, String name, String nis, String extra) {
        return api().contentType("application/json").body(project(call, name, nis, extra)).post("/funding/projects")
                .then().statusCode(201).body("status", equalTo("submitted")).extract().jsonPath().getLong("id");
    }

    private Response status(long project, String to, String note) {
        String etag = api().get("/funding/projects/" + project).header("ETag");
        return api().header("If-Match", etag).contentType("application/json")
                .body("{\"to\":\"" + to + "\",\"decisionDate\":\"2020-08-15\",\"note\":\"" + note + "\"}")
                .post("/funding/projects/" + project + "/status");
    }

    private Response put(long project, String body) {
        String etag = api().get("/funding/projects/" + project).header("ETag");
        return api().header("If-Match", etag).contentType("application/json").body(body)
                .put("/funding/projects/" + project);
    }

    private long countProjects(long call) {
        return api().get("/funding/projects?call=" + call).jsonPath().getLong("totalItems");
    }

    @Test
    void registersSearchesAndChangesACallUnderIfMatch() {
        String reference = "oproep " + unique();
        long id = api().contentType("application/json").body(call(reference, "800000.00", "40000", "50"))
                .post("/funding/calls").then().statusCode(201).body("kind", equalTo("pilot-call"))
                .body("funders.funder", contains("AMIF", "VVSG")).body("totalBudget", is(800000.00f))
                .extract().jsonPath().getLong("id");
        api().queryParam("q", reference.toUpperCase()).queryParam("kind", "pilot-call").get("/funding/calls").then()
                .statusCode(200).body("totalItems", is(1)).body("items[0].id", is((int) id));
        api().get("/funding/calls?kind=network-call&size=200").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        String etag = api().get("/funding/calls/" + id).header("ETag");
        String changed = call(reference, "900000", "45000", "40");
        api().header("If-Match", etag).contentType("application/json").body(changed).put("/funding/calls/" + id)
                .then().statusCode(200).body("maxPerProject", is(45000.00f));
        api().header("If-Match", etag).contentType("application/json").body(changed).put("/funding/calls/" + id)
                .then().statusCode(412);
        api().contentType("application/json").body(changed).put("/funding/calls/" + id).then().statusCode(428);
    }

    @Test
    void refusesABadCallAtItsFieldsAndWritesNothing() {
        long before = api().get("/funding/calls").jsonPath().getLong("totalItems");
        String reference = "oproep " + unique();
        api().contentType("application/json").body(call(reference, "800000.00", "40000", "50")).post("/funding/calls")
                .then().statusCode(201);
        api().contentType("application/json").body(call(reference.toUpperCase(), "1", "1", "1"))
                .post("/funding/calls").then().statusCode(400).body("violations.field", contains("reference"));
        api().contentType("application/json").body(call("x" + unique(), "800000.001", "-1", "100")
                        .replace("\"sharePercent\":50}]", "\"sharePercent\":40}]"))
                .post("/funding/calls").then().statusCode(400)
                .body("violations.field", contains("funders", "totalBudget", "maxPerProject", "minOwnFinancingPercent"));
        api().contentType("application/json").body("{\"kind\":\"grant\"}").post("/funding/calls").then()
                .statusCode(400).body("violations[0].field", equalTo("kind"));
        api().get("/funding/calls?kind=grant").then().statusCode(400).body("violations[0].field", equalTo("kind"));
        api().get("/funding/calls").then().body("totalItems", is((int) before + 1));
        api().get("/funding/calls/424242424").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aProjectGoesThroughItsLifecycleWithItsHistory() {
        long call = newCall("800000", "40000", "50");
        long id = newProject(call, "Samen " + unique(), POPERINGE, "");
        status(id, "selected", "Jury").then().statusCode(400).body("violations.field", contains("awardedAmount"))
                .body("violations[0].code", equalTo("award-required"));
        status(id, "running", "").then().statusCode(409).body("type", containsString("transition-not-allowed"));
        put(id, project(call, "Samen herdoopt", POPERINGE, "\"awardedAmount\":40000,"
                + "\"commitments\":[{\"budgetYear\":2020,\"amount\":20000},{\"budgetYear\":2021,\"amount\":20000}]"))
                .then().statusCode(200).body("commitments.budgetYear", contains(2020, 2021));
        status(id, "selected", "Jury van 15 augustus").then().statusCode(200).body("status", equalTo("selected"))
                .body("nextStatuses", contains("running", "ended", "continued-without-subsidy"));
        status(id, "running", "").then().statusCode(200);
        String etag = api().get("/funding/projects/" + id).header("ETag");
        api().header("If-Match", etag).contentType("application/json")
                .body("{\"endDate\":\"2022-08-31\",\"extraAmount\":0,\"decisionDate\":\"2022-06-01\"}")
                .post("/funding/projects/" + id + "/extensions").then().statusCode(400)
                .body("violations.field", contains("endDate"));
        api().header("If-Match", etag).contentType("application/json")
                .body("{\"endDate\":\"2023-08-31\",\"extraAmount\":10000.50,\"decisionDate\":\"2022-06-01\","
                        + "\"note\":\"eerste verlenging\"}")
                .post("/funding/projects/" + id + "/extensions").then().statusCode(200)
                .body("status", equalTo("extended")).body("endDate", equalTo("2023-08-31"))
                .body("extensions[0].previousEndDate", equalTo("2022-08-31"));
        api().header("If-Match", etag).contentType("application/json")
                .body("{\"endDate\":\"2024-08-31\",\"extraAmount\":0,\"decisionDate\":\"2023-06-01\"}")
                .post("/funding/projects/" + id + "/extensions").then().statusCode(412);
        status(id, "extended", "").then().statusCode(409).body("type", containsString("use-extension"));
        status(id, "continued-without-subsidy", "subsidie stopt").then().statusCode(200)
                .body("history.to", contains("submitted", "selected", "running", "extended",
                        "continued-without-subsidy"))
                .body("history[1].note", equalTo("Jury van 15 augustus"))
                .body("history[1].recordedBy", equalTo("admin"))
                .body("history[1].decisionDate", equalTo("2020-08-15"))
                .body("nextStatuses.size()", is(0)).body("mayExtend", is(false));
        status(id, "running", "").then().statusCode(409);
    }

    @Test
    void theCallsRulesAreRefusedAtTheirField() {
        long call = newCall("100000", "40000", "50");
        long before = countProjects(call);
        api().contentType("application/json").body(project(call, "Te duur", POPERINGE,
                        "\"requestedAmount\":40000.01,\"ownFinancing\":50000"))
                .post("/funding/projects").then().statusCode(400).body("violations.field", contains("requestedAmount"));
        api().contentType("application/json").body(project(call, "Te weinig eigen", POPERINGE,
                        "\"requestedAmount\":40000,\"ownFinancing\":39999.99"))
                .post("/funding/projects").then().statusCode(400).body("violations.field", contains("ownFinancing"));
        api().contentType("application/json").body(project(call, "Centen", POPERINGE,
                        "\"requestedAmount\":100.005,\"ownFinancing\":-1"))
                .post("/funding/projects").then().statusCode(400)
                .body("violations.field", contains("requestedAmount", "ownFinancing"));
        api().contentType("application/json").body(project(call, "Allebei", POPERINGE,
                        "\"awardedAmount\":1000,\"awardToBeDetermined\":true"))
                .post("/funding/projects").then().statusCode(400).body("violations.field", contains("awardedAmount"));
        assertThat(countProjects(call)).isEqualTo(before);

        // the budget counts fixed awards of selected projects; "to be determined, at most X" is not counted
        for (String name : new String[] {"Eerste", "Tweede"}) {
            long p = newProject(call, name, POPERINGE, "\"awardedAmount\":40000");
            status(p, "selected", "").then().statusCode(200);
        }
        long tbd = newProject(call, "Nog te bepalen", POPERINGE, "\"awardToBeDetermined\":true,\"awardMaximum\":40000");
        status(tbd, "selected", "").then().statusCode(200).body("awardToBeDetermined", is(true));
        long third = newProject(call, "Derde", POPERINGE, "\"awardedAmount\":20000.01");
        status(third, "selected", "").then().statusCode(400).body("violations.field", contains("awardedAmount"))
                .body("violations[0].code", equalTo("above-call-budget"));
        assertThat(api().get("/funding/projects/" + third).jsonPath().getString("status")).isEqualTo("submitted");
        put(third, project(call, "Derde", POPERINGE, "\"awardedAmount\":20000")).then().statusCode(200);
        status(third, "selected", "").then().statusCode(200);
        put(tbd, project(call, "Nog te bepalen", POPERINGE, "\"awardedAmount\":0.01")).then().statusCode(400)
                .body("violations[0].code", equalTo("above-call-budget"));
        // nor may the call's budget drop under what it awarded
        String etag = api().get("/funding/calls/" + call).header("ETag");
        api().header("If-Match", etag).contentType("application/json").body(call("c" + unique(), "99999.99", "40000",
                "50")).put("/funding/calls/" + call).then().statusCode(400)
                .body("violations.field", contains("totalBudget"));
    }

    @Test
    void refusesWhatDoesNotExistAndATakenNameAndWritesNothing() {
        long call = newCall("800000", "40000", "50");
        String name = "Bestaat " + unique();
        newProject(call, name, POPERINGE, "");
        long before = countProjects(call);
        api().contentType("application/json").body(project(call, name.toUpperCase(), null, "")).post("/funding/projects")
                .then().statusCode(400).body("violations.field", contains("name"));
        api().contentType("application/json").body("{\"callId\":" + call + ",\"leadOrganisationId\":424242424,"
                        + "\"name\":\"Nieuw\",\"networkId\":\"atlantis\",\"municipalityNis\":[\"99999\"],"
                        + "\"trajectoryTypeIds\":[\"buddy\",\"taalstage-zonder-type\"]}")
                .post("/funding/projects").then().statusCode(400).body("violations.field",
                        contains("leadOrganisationId", "networkId", "municipalityNis", "trajectoryTypeIds"));
        api().contentType("application/json").body(project(424242424L, "Nieuw", POPERINGE, ""))
                .post("/funding/projects").then().statusCode(400).body("violations.field", contains("callId"));
        api().contentType("application/json").body("{\"callId\":" + call + ",\"name\":\"Geen promotor\"}")
                .post("/funding/projects").then().statusCode(400).body("violations.field", contains("lead"));
        assertThat(countProjects(call)).isEqualTo(before);
        // a lead-only project without municipalities or network is fine
        api().contentType("application/json").body("{\"callId\":" + call + ",\"name\":\"OESO-studie " + unique()
                        + "\",\"leadName\":\"OESO\",\"awardedAmount\":40000}").post("/funding/projects").then()
                .statusCode(201).body("lead", equalTo("OESO")).body("municipalities.size()", is(0));
    }

    @Test
    void filtersAndScopesTheProjects() {
        long call = newCall("800000", "40000", "50");
        String suffix = unique();
        long westhoek = newProject(call, "Westhoek " + suffix, POPERINGE, "");
        long limburg = newProject(call, "Limburg " + suffix, HASSELT, "");
        long network = newProject(call, "Netwerk " + suffix, null, "\"networkId\":\"westhoek\"");
        api().get("/funding/projects?call=" + call + "&network=westhoek&size=200").then().statusCode(200)
                .body("items.id", contains((int) network, (int) westhoek));
        api().get("/funding/projects?call=" + call + "&municipality=" + HASSELT).then()
                .body("items.id", contains((int) limburg)).body("items[0].municipalities[0].name", equalTo("Hasselt"));
        api().get("/funding/projects?call=" + call + "&type=buddy&status=submitted&q=" + suffix).then()
                .body("totalItems", is(3));
        api().get("/funding/projects?type=nope&status=gone&network=atlantis").then().statusCode(400)
                .body("violations.field", contains("status"));
        api().get("/funding/projects?type=nope&network=atlantis").then().statusCode(400)
                .body("violations.field", contains("network", "type"));

        Session coordinator = user("network-coordinator", "\"networkIds\":[\"westhoek\"]");
        as(coordinator).get("/funding/projects?call=" + call + "&size=200").then().statusCode(200)
                .body("items.id", contains((int) network, (int) westhoek));
        as(coordinator).get("/funding/projects/" + limburg).then().statusCode(404);
        as(coordinator).get("/funding/projects/" + westhoek).then().statusCode(200);
        as(coordinator).get("/funding/calls/" + call).then().statusCode(200);
        as(coordinator).contentType("application/json").body(project(call, "Mag niet", POPERINGE, ""))
                .post("/funding/projects").then().statusCode(403);
        Session viewer = user("viewer", "");
        as(viewer).get("/funding/projects?call=" + call).then().statusCode(200).body("totalItems", is(3))
                .body("items.status", everyItem(equalTo("submitted")));
        Session counsellor = user("counsellor", "\"networkIds\":[\"westhoek\"]");
        as(counsellor).get("/funding/projects").then().statusCode(403);
        as(counsellor).get("/funding/calls").then().statusCode(403);
    }

    private Session user(String role, String scope) {
        String username = role + "." + unique();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + role
                        + "\",\"role\":\"" + role + "\"" + (scope.isEmpty() ? "" : "," + scope)
                        + ",\"password\":\"funding-password-1\"}")
                .post("/users").then().statusCode(201);
        return signIn(username, "funding-password-1");
    }
}
