package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the API, called by every role, in and out of scope, with the status each must get. The endpoints
 * are read from the OpenAPI document, so a new endpoint without a row here fails {@link #everyEndpointHasARow()}.
 *
 * <p>Scope of the fixture: Poperinge (33021) lies in Westhoek; the local officer works for Poperinge; one coordinator
 * for Westhoek (in scope), one for Limburg (out of scope).
 */
class AuthorizationMatrixIT extends ApiTest {

    /** The callers, in the order of the expected statuses of a row. */
    private static final List<String> CALLERS = List.of("anonymous", "administrator", "coordinator-westhoek",
            "coordinator-limburg", "counsellor-westhoek", "local-officer-poperinge", "organisation-contact",
            "viewer");
    private static final String POPERINGE = "33021";
    private static final String PASSWORD = "matrix-password-1";

    private static final Map<String, Session> sessions = new LinkedHashMap<>();
    private static long officerId;
    private static long organisationId;
    private static long matchNewcomerId;
    private static long matchProposalId;
    private static long offerId;
    private static long draftOfferId;
    private static long newcomerId;
    private static long trajectoryId;
    private static long placementId;
    private static long buddyId;
    private static long fundingCallId;
    private static long fundingProjectId;
    private static long allocationId;

    private record Row(String method, String path, BiFunction<RequestSpecification, String, Response> call,
                       int[] expected) {
    }

    @BeforeEach
    void createTheCallersOnce() {
        if (!sessions.isEmpty()) {
            return;
        }
        String suffix = Long.toString(System.nanoTime(), 36);
        sessions.put("administrator", signIn("admin", ADMIN_PASSWORD));
        create("coordinator-westhoek", suffix, "\"role\":\"network-coordinator\",\"networkIds\":[\"westhoek\"]");
        create("coordinator-limburg", suffix, "\"role\":\"network-coordinator\",\"networkIds\":[\"limburg\"]");
        create("counsellor-westhoek", suffix, "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]");
        officerId = create("local-officer-poperinge", suffix,
                "\"role\":\"local-officer\",\"municipalityNis\":\"" + POPERINGE + "\"");
        organisationId = api().contentType("application/json").body(organisation("Matrix " + suffix))
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        create("organisation-contact", suffix, "\"role\":\"organisation-contact\",\"organisationId\":"
                + organisationId);
        create("viewer", suffix, "\"role\":\"viewer\"");
        offerId = api().contentType("application/json").body(offer("Matrix-aanbod", "published")).post("/offers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        draftOfferId = api().contentType("application/json").body(offer("Matrix-ontwerp", "draft")).post("/offers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        createTheTrajectoryFixture(suffix);
        buddyId = newBuddy();
        fundingCallId = api().contentType("application/json").body(fundingCall("Matrix " + suffix))
                .post("/funding/calls").then().statusCode(201).extract().jsonPath().getLong("id");
        fundingProjectId = newFundingProject();
    }

    private static String fundingCall(String reference) {
        return "{\"reference\":\"" + reference + "\",\"name\":\"Matrix-oproep\",\"kind\":\"pilot-call\","
                + "\"funders\":[{\"funder\":\"AMIF\",\"sharePercent\":100}],\"totalBudget\":100000000}";
    }

    private static String fundingProject(String name) {
        return "{\"callId\":" + fundingCallId + ",\"leadName\":\"Stad Poperinge\",\"name\":\"" + name + "\","
                + "\"municipalityNis\":[\"" + POPERINGE + "\"],\"trajectoryTypeIds\":[\"buddy\"],"
                + "\"awardedAmount\":1000}";
    }

    /** A submitted project of Poperinge (Westhoek) in the matrix call. */
    private long newFundingProject() {
        return api().contentType("application/json").body(fundingProject("Matrix " + System.nanoTime()))
                .post("/funding/projects").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An offer of the matrix organisation in Poperinge, with a contact person. */
    private static String offer(String title, String status) {
        return "{\"organisationId\":" + organisationId + ",\"trajectoryTypeId\":\"volunteering\","
                + "\"reportingCategory\":\"volunteering\",\"title\":\"" + title + "\",\"municipalityNis\":\""
                + POPERINGE + "\",\"requiredLevel\":\"A2\",\"capacity\":3,\"status\":\"" + status + "\","
                + "\"contact\":{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}}";
    }

    /** A newcomer of Poperinge with an active trajectory, placed in the matrix organisation's offer. */
    private void createTheTrajectoryFixture(String suffix) {
        var municipality = api().get("/municipalities/" + POPERINGE);
        if (municipality.jsonPath().getString("membership.participatingFrom") == null) {
            api().header("If-Match", municipality.header("ETag")).contentType("application/json")
                    .body("{\"participatingFrom\":\"2023-01-01\"}").put("/municipalities/" + POPERINGE + "/membership")
                    .then().statusCode(200);
        }
        newcomerId = api().contentType("application/json").body(newcomer("Matrix" + suffix)).post("/newcomers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        trajectoryId = api().contentType("application/json").body("{\"newcomerId\":" + newcomerId + "}")
                .post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        api().contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + trajectoryId + "/transitions").then().statusCode(200);
        placementId = api().contentType("application/json").body("{\"typeId\":\"volunteering\",\"offerId\":"
                        + offerId + ",\"attributes\":{\"role\":\"onthaal\",\"insuranceConfirmed\":true}}")
                .post("/trajectories/" + trajectoryId + "/placements").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static String newcomer(String firstName) {
        return "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Matrix\",\"integrationStatus\":\"entitled\","
                + "\"municipalityNis\":\"" + POPERINGE + "\",\"referralChannel\":\"self\",\"dutchLevel\":\"B1\","
                + "\"integrationProgress\":\"running\"}";
    }

    private static String buddy(String lastName) {
        return "{\"firstName\":\"Bram\",\"lastName\":\"" + lastName + "\",\"email\":\"bram@example.org\","
                + "\"municipalityNis\":\"" + POPERINGE + "\",\"languages\":[\"nl\"],\"consents\":{\"matching\":true}}";
    }

    /** A buddy in Poperinge, registered by the administrator. */
    private long newBuddy() {
        return api().contentType("application/json").body(buddy("Matrix " + System.nanoTime())).post("/buddies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String organisation(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"association\",\"municipalityNis\":\"" + POPERINGE
                + "\",\"contacts\":[{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}]}";
    }

    private long create(String caller, String suffix, String scope) {
        String username = caller + "." + suffix;
        long id = api().contentType("application/json").body("{\"username\":\"" + username
                        + "\",\"displayName\":\"" + caller + "\"," + scope + ",\"password\":\"" + PASSWORD + "\"}")
                .post("/users").then().statusCode(201).extract().jsonPath().getLong("id");
        sessions.put(caller, signIn(username, PASSWORD));
        return id;
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        int a = 401;
        rows.add(row("GET", "/networks", (s, c) -> s.get("/networks"), a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/networks/{id}", (s, c) -> s.get("/networks/westhoek"),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/municipalities", (s, c) -> s.get("/municipalities?network=westhoek"),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/municipalities/{nis}", (s, c) -> s.get("/municipalities/" + POPERINGE),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/public/municipalities", (s, c) -> s.get("/public/municipalities"),
                200, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("PUT", "/municipalities/{nis}/membership", (s, c) -> s
                        .header("If-Match", api().get("/municipalities/" + POPERINGE).header("ETag"))
                        .contentType("application/json").body("{\"participatingFrom\":\"2023-01-01\"}")
                        .put("/municipalities/" + POPERINGE + "/membership"),
                a, 200, 200, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/trajectory-types", (s, c) -> s.get("/trajectory-types"),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/trajectory-types/{id}", (s, c) -> s.get("/trajectory-types/buddy"),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("POST", "/trajectory-types/{id}/validate", (s, c) -> s.contentType("application/json")
                .body("{}").post("/trajectory-types/buddy/validate"), a, 400, 400, 400, 400, 400, 400, 400));
        rows.add(row("POST", "/session", (s, c) -> s.contentType("application/json")
                        .body("{\"username\":\"nobody\",\"password\":\"wrong-password\"}").post("/session"),
                401, 401, 401, 401, 401, 401, 401, 401));
        rows.add(row("GET", "/session", (s, c) -> s.get("/session"), a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("DELETE", "/session", (s, c) -> c.equals("anonymous") ? s.delete("/session")
                        : as(freshSession(c)).delete("/session"), a, 204, 204, 204, 204, 204, 204, 204));
        rows.add(row("PUT", "/session/password", (s, c) -> s.contentType("application/json")
                        .body("{\"currentPassword\":\"wrong\",\"newPassword\":\"x\"}").put("/session/password"),
                a, 400, 400, 400, 400, 400, 400, 400));
        // OpenID Connect (docs/adr/0021): the sign-in page's question and the ticket exchange are public; the pending
        // sign-ins are the administrators' (an id that does not exist: 404 for them, 403 for everyone else first).
        rows.add(row("GET", "/session/oidc/provider", (s, c) -> s.get("/session/oidc/provider"),
                200, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/session/oidc", (s, c) -> s.redirects().follow(false).get("/session/oidc?ticket=made-up"),
                401, 401, 401, 401, 401, 401, 401, 401));
        rows.add(row("GET", "/pending-sign-ins", (s, c) -> s.get("/pending-sign-ins"),
                a, 200, 403, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/pending-sign-ins/{id}", (s, c) -> s.get("/pending-sign-ins/987654321"),
                a, 404, 403, 403, 403, 403, 403, 403));
        rows.add(row("POST", "/pending-sign-ins/{id}/access", (s, c) -> s.contentType("application/json")
                .body("{\"username\":\"never.made\",\"role\":\"viewer\"}").post("/pending-sign-ins/987654321/access"),
                a, 404, 403, 403, 403, 403, 403, 403));
        rows.add(row("DELETE", "/pending-sign-ins/{id}", (s, c) -> s.delete("/pending-sign-ins/987654321"),
                a, 404, 403, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/users", (s, c) -> s.get("/users"), a, 200, 200, 200, 403, 403, 403, 403));
        rows.add(row("POST", "/users", (s, c) -> s.contentType("application/json").body("{\"username\":\"new."
                        + System.nanoTime() + "\",\"displayName\":\"Nieuw\",\"role\":\"local-officer\","
                        + "\"municipalityNis\":\"" + POPERINGE + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/users"), a, 201, 201, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/users/{id}", (s, c) -> s.get("/users/" + officerId),
                a, 200, 200, 404, 404, 200, 404, 404));
        rows.add(row("PUT", "/users/{id}", (s, c) -> s
                        .header("If-Match", api().get("/users/" + officerId).header("ETag"))
                        .contentType("application/json").body("{\"displayName\":\"Officer\",\"active\":true,"
                                + "\"municipalityNis\":\"" + POPERINGE + "\"}").put("/users/" + officerId),
                a, 200, 200, 404, 404, 403, 404, 404));
        rows.add(row("PUT", "/users/{id}/password", (s, c) -> {
            Response reset = s.contentType("application/json").body("{\"password\":\"" + PASSWORD + "\"}")
                    .put("/users/" + officerId + "/password");
            if (reset.statusCode() == 200) {
                // A reset password must be replaced before the officer's session serves anything else.
                choosePassword(sessions.get("local-officer-poperinge"), PASSWORD);
            }
            return reset;
        }, a, 200, 200, 404, 404, 403, 404, 404));
        rows.add(row("GET", "/organisations", (s, c) -> s.get("/organisations?network=westhoek"),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/organisations/{id}", (s, c) -> s.get("/organisations/" + organisationId),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("POST", "/organisations", (s, c) -> s.contentType("application/json")
                .body(organisation("Nieuw " + System.nanoTime())).post("/organisations"),
                a, 201, 201, 403, 403, 201, 403, 403));
        rows.add(row("PUT", "/organisations/{id}", (s, c) -> s
                        .header("If-Match", api().get("/organisations/" + organisationId).header("ETag"))
                        .contentType("application/json").body(organisation("Matrix gewijzigd"))
                        .put("/organisations/" + organisationId),
                a, 200, 200, 403, 403, 200, 403, 403));
        rows.add(row("GET", "/offers", (s, c) -> s.get("/offers?network=westhoek&q=matrix"),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/offers/facets", (s, c) -> s.get("/offers/facets?network=westhoek"),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/offers/{id}", (s, c) -> s.get("/offers/" + offerId),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("POST", "/offers", (s, c) -> s.contentType("application/json")
                        .body(offer("Nieuw aanbod " + System.nanoTime(), "draft")).post("/offers"),
                a, 201, 201, 403, 403, 201, 201, 403));
        rows.add(row("PUT", "/offers/{id}", (s, c) -> s
                        .header("If-Match", api().get("/offers/" + offerId).header("ETag"))
                        .contentType("application/json").body(offer("Matrix-aanbod", "published"))
                        .put("/offers/" + offerId),
                a, 200, 200, 403, 403, 200, 200, 403));
        rows.add(row("PUT", "/organisations/{id}/public-listing", (s, c) -> s.contentType("application/json")
                        .body("{\"publicListing\":true}").put("/organisations/" + organisationId + "/public-listing"),
                a, 200, 200, 403, 403, 200, 403, 403));
        rows.add(row("PUT", "/offers/{id}/approval", (s, c) -> s
                        .header("If-Match", api().get("/offers/" + offerId).header("ETag"))
                        .contentType("application/json").body("{\"dutchSetting\":true,\"newContacts\":true,\"groupOrDuo\":true,"
                                + "\"hoursPossible\":20}")
                        .put("/offers/" + offerId + "/approval"),
                a, 200, 200, 403, 403, 403, 403, 403));
        rows.add(row("DELETE", "/offers/{id}/approval", (s, c) -> s
                        .header("If-Match", api().get("/offers/" + offerId).header("ETag"))
                        .delete("/offers/" + offerId + "/approval"),
                a, 200, 200, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/public/offers", (s, c) -> s.get("/public/offers?near=" + POPERINGE + "&q=matrix"),
                200, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/public/offers/{id}", (s, c) -> s.get("/public/offers/" + draftOfferId),
                404, 404, 404, 404, 404, 404, 404, 404));
        rows.add(row("GET", "/public/offers/kinds", (s, c) -> s.get("/public/offers/kinds?lang=ar"),
                200, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/buddies", (s, c) -> s.get("/buddies"), a, 200, 200, 200, 200, 200, 403, 403));
        rows.add(row("POST", "/buddies", (s, c) -> s.contentType("application/json")
                .body(buddy("Nieuw " + System.nanoTime())).post("/buddies"), a, 201, 201, 403, 201, 403, 403, 403));
        rows.add(row("GET", "/buddies/report", (s, c) -> s.get("/buddies/report?by=province"),
                a, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET", "/reports/dashboard", (s, c) -> s.get("/reports/dashboard?network=westhoek"),
                a, 200, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET", "/reports/supply-demand", (s, c) -> s.get("/reports/supply-demand?network=westhoek"),
                a, 200, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET", "/reports/supply-demand", (s, c) -> s.accept("text/csv")
                .get("/reports/supply-demand?network=westhoek"), a, 200, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET", "/funding/municipality-figures", (s, c) -> s.get("/funding/municipality-figures"),
                a, 200, 200, 200, 403, 403, 403, 200));
        rows.add(row("GET", "/funding/allocations", (s, c) -> s.get("/funding/allocations"),
                a, 200, 200, 200, 403, 403, 403, 200));
        rows.add(row("POST", "/funding/allocations", (s, c) -> s.contentType("application/json")
                .body(allocation(c.equals("administrator"))).post("/funding/allocations"),
                a, 201, 403, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/funding/allocations/{id}", (s, c) -> s.get("/funding/allocations/" + allocationId()),
                a, 200, 200, 200, 403, 403, 403, 200));
        rows.add(row("GET", "/funding/allocations/{id}", (s, c) -> s.accept("text/csv")
                .get("/funding/allocations/" + allocationId()), a, 200, 200, 200, 403, 403, 403, 200));
        // the funding reports (docs/reports.md): who reads the projects reads their reports
        for (String report : List.of("call-projects", "extensions", "commitments")) {
            rows.add(row("GET", "/reports/funding/" + report, (s, c) -> s.get("/reports/funding/" + report + "?call="
                    + fundingCallId), a, 200, 200, 200, 403, 403, 403, 200));
        }
        rows.add(row("GET", "/reports/funding/call-projects", (s, c) -> s.get("/reports/funding/call-projects?call="
                + fundingCallId + "&format=xlsx"), a, 200, 200, 200, 403, 403, 403, 200));
        rows.add(row("GET", "/reports/funding/networks", (s, c) -> s.get("/reports/funding/networks"),
                a, 200, 200, 200, 403, 403, 403, 200));
        // the reports of issue 13 (docs/reports.md): scoped like the dashboard, in every format
        for (String report : List.of("completions", "hours-by-category", "trends", "buddies")) {
            rows.add(row("GET", "/reports/" + report, (s, c) -> s.get("/reports/" + report + "?network=westhoek"),
                    a, 200, 200, 404, 200, 200, 403, 200));
        }
        rows.add(row("GET", "/reports/completions", (s, c) -> s.get("/reports/completions?network=westhoek"
                + "&format=xlsx"), a, 200, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET", "/reports/hours-by-category", (s, c) -> s.accept("text/csv")
                .get("/reports/hours-by-category?network=westhoek&from=2025-01-01"), a, 200, 200, 404, 200, 200, 403,
                200));
        // a network out of the caller's scope finds nothing, as in the other lists (coordinator-limburg)
        rows.add(row("GET", "/worklist", (s, c) -> s.get("/worklist?network=westhoek&mine=false"),
                a, 200, 200, 200, 200, 403, 403, 403));
        rows.add(row("GET", "/worklist/summary", (s, c) -> s.get("/worklist/summary?network=westhoek"),
                a, 200, 200, 200, 200, 403, 403, 403));
        rows.add(row("GET", "/buddies/{id}", (s, c) -> s.get("/buddies/" + buddyId),
                a, 200, 200, 404, 200, 200, 404, 404));
        rows.add(row("PUT", "/buddies/{id}", (s, c) -> s
                        .header("If-Match", api().get("/buddies/" + buddyId).header("ETag"))
                        .contentType("application/json").body(buddy("Matrix gewijzigd")
                                .replace("}}", "},\"screening\":\"registered\",\"training\":\"not-trained\","
                                        + "\"capacity\":1,\"status\":\"active\"}"))
                        .put("/buddies/" + buddyId),
                a, 200, 200, 404, 200, 403, 404, 404));
        rows.add(row("GET", "/buddies/{id}/export", (s, c) -> s.get("/buddies/" + buddyId + "/export"),
                a, 200, 200, 404, 200, 403, 404, 404));
        rows.add(row("POST", "/buddies/{id}/erasure", (s, c) -> s.post("/buddies/" + newBuddy() + "/erasure"),
                a, 200, 200, 404, 403, 403, 404, 404));
        rows.add(row("POST", "/public/buddy-registrations", (s, c) -> s.contentType("application/json")
                        .body(buddy("Zelf " + System.nanoTime())).post("/public/buddy-registrations"),
                202, 202, 202, 202, 202, 202, 202, 202));
        rows.add(row("GET", "/audit/changes", (s, c) -> s.get("/audit/changes?kind=user&id=" + officerId),
                a, 200, 403, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/audit/reads", (s, c) -> s.get("/audit/reads"), a, 200, 403, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/mails", (s, c) -> s.get("/mails?status=sent"), a, 200, 403, 403, 403, 403, 403, 403));
        rows.add(row("POST", "/confirmation-reminders", (s, c) -> s.post("/confirmation-reminders"),
                a, 200, 403, 403, 403, 403, 403, 403));
        String emptyOrganisations = "naam;gemeente;soort\r\n";
        rows.add(row("GET", "/imports/kinds", (s, c) -> s.get("/imports/kinds"),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/imports/kinds/{kind}/template", (s, c) -> s.accept("text/csv")
                        .get("/imports/kinds/organisations/template?format=csv"),
                a, 200, 200, 200, 403, 200, 403, 403));
        rows.add(row("POST", "/imports", (s, c) -> s.contentType("text/csv").body(emptyOrganisations)
                        .post("/imports?kind=organisations&dryRun=true"),
                a, 202, 202, 202, 403, 202, 403, 403));
        rows.add(row("GET", "/imports", (s, c) -> s.get("/imports"), a, 200, 200, 200, 403, 200, 200, 403));
        rows.add(row("GET", "/imports/{id}", (s, c) -> s.get("/imports/" + adminImportRun()),
                a, 200, 404, 404, 404, 404, 404, 404));
        addTrajectoryRows(rows, a);
        addMatchingRows(rows, a);
        addFundingRows(rows, a);
        addParticipationRows(rows, a);
        return rows;
    }

    /**
     * Participation requests: the public form for everyone; the list for administrators, coordinators and
     * counsellors (their networks) and organisation contacts (the requests shared with them, read-only); local
     * officers and viewers 403. A request of Poperinge (Westhoek) for the matrix offer, shared with its organisation.
     */
    private void addParticipationRows(List<Row> rows, int a) {
        long requestId = participationRequest();
        rows.add(row("POST", "/public/participation-requests", (s, c) -> s.contentType("application/json")
                        .body(participationBody()).post("/public/participation-requests"),
                202, 202, 202, 202, 202, 202, 202, 202));
        rows.add(row("GET", "/participation-requests", (s, c) -> s.get("/participation-requests"),
                a, 200, 200, 200, 200, 403, 200, 403));
        rows.add(row("GET", "/participation-requests/open-count", (s, c) -> s.get("/participation-requests/open-count"),
                a, 200, 200, 200, 200, 403, 200, 403));
        rows.add(row("GET", "/participation-requests/{id}", (s, c) -> s.get("/participation-requests/" + requestId),
                a, 200, 200, 404, 200, 403, 200, 403));
        rows.add(row("POST", "/participation-requests/{id}/link", (s, c) -> {
            long id = participationRequest();
            return s.header("If-Match", api().get("/participation-requests/" + id).header("ETag"))
                    .contentType("application/json").body("{\"newcomerId\":" + newcomerId + "}")
                    .post("/participation-requests/" + id + "/link");
        }, a, 200, 200, 404, 200, 403, 403, 403));
        rows.add(row("POST", "/participation-requests/{id}/decline", (s, c) -> {
            long id = participationRequest();
            return s.header("If-Match", api().get("/participation-requests/" + id).header("ETag"))
                    .contentType("application/json").body("{\"reason\":\"Matrix\"}")
                    .post("/participation-requests/" + id + "/decline");
        }, a, 200, 200, 404, 200, 403, 403, 403));
    }

    /** A public request with a contact of its own, so that it is never a repeat. */
    private String participationBody() {
        return "{\"firstName\":\"Matrix\",\"municipalityNis\":\"" + POPERINGE + "\",\"email\":\"matrix."
                + System.nanoTime() + "@example.org\",\"offerId\":" + offerId + ",\"language\":\"nl\","
                + "\"consent\":true,\"shareWithOrganisation\":true,\"website\":\"\"}";
    }

    /** A new open request, found by its reference as the administrator. */
    private long participationRequest() {
        String reference = anonymous().contentType("application/json").body(participationBody())
                .post("/public/participation-requests").then().statusCode(202).extract().jsonPath()
                .getString("reference");
        return api().get("/participation-requests?q=" + reference).then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }

    /**
     * Funding: administrators change; coordinators read the calls and the projects of their networks (a project of
     * Poperinge is out of Limburg's scope: 404); viewers read all; the others get 403.
     */
    private void addFundingRows(List<Row> rows, int a) {
        String call = "/funding/calls/" + fundingCallId;
        String project = "/funding/projects/" + fundingProjectId;
        rows.add(row("GET", "/funding/calls", (s, c) -> s.get("/funding/calls?kind=pilot-call"),
                a, 200, 200, 200, 403, 403, 403, 200));
        rows.add(row("GET", "/funding/calls/{id}", (s, c) -> s.get(call), a, 200, 200, 200, 403, 403, 403, 200));
        rows.add(row("POST", "/funding/calls", (s, c) -> s.contentType("application/json")
                        .body(fundingCall("Nieuw " + System.nanoTime())).post("/funding/calls"),
                a, 201, 403, 403, 403, 403, 403, 403));
        rows.add(row("PUT", "/funding/calls/{id}", (s, c) -> s.header("If-Match", api().get(call).header("ETag"))
                        .contentType("application/json").body(fundingCall(api().get(call).jsonPath()
                                .getString("reference"))).put(call),
                a, 200, 403, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/funding/projects", (s, c) -> s.get("/funding/projects?network=westhoek"),
                a, 200, 200, 200, 403, 403, 403, 200));
        rows.add(row("GET", "/funding/projects/{id}", (s, c) -> s.get(project),
                a, 200, 200, 404, 403, 403, 403, 200));
        rows.add(row("POST", "/funding/projects", (s, c) -> s.contentType("application/json")
                        .body(fundingProject("Nieuw " + System.nanoTime())).post("/funding/projects"),
                a, 201, 403, 403, 403, 403, 403, 403));
        rows.add(row("PUT", "/funding/projects/{id}", (s, c) -> s
                        .header("If-Match", api().get(project).header("ETag")).contentType("application/json")
                        .body(fundingProject(api().get(project).jsonPath().getString("name"))).put(project),
                a, 200, 403, 403, 403, 403, 403, 403));
        rows.add(row("POST", "/funding/projects/{id}/status", (s, c) -> {
            String fresh = "/funding/projects/" + newFundingProject();
            return s.header("If-Match", api().get(fresh).header("ETag")).contentType("application/json")
                    .body("{\"to\":\"selected\"}").post(fresh + "/status");
        }, a, 200, 403, 403, 403, 403, 403, 403));
        // a submitted project cannot be extended: the administrator gets as far as the lifecycle
        rows.add(row("POST", "/funding/projects/{id}/extensions", (s, c) -> s
                        .header("If-Match", api().get(project).header("ETag")).contentType("application/json")
                        .body("{\"endDate\":\"2030-01-01\",\"extraAmount\":0,\"decisionDate\":\"2026-01-01\"}")
                        .post(project + "/extensions"),
                a, 409, 403, 403, 403, 403, 403, 403));
    }

    private void addTrajectoryRows(List<Row> rows, int a) {
        String n = "/newcomers/" + newcomerId;
        String t = "/trajectories/" + trajectoryId;
        rows.add(row("GET", "/newcomers", (s, c) -> s.get("/newcomers"), a, 200, 200, 200, 200, 200, 403, 403));
        rows.add(row("POST", "/newcomers", (s, c) -> s.contentType("application/json")
                .body(newcomer("Nieuw" + System.nanoTime())).post("/newcomers"), a, 201, 201, 403, 201, 403, 403, 403));
        rows.add(row("GET", "/newcomers/{id}", (s, c) -> s.get(n), a, 200, 200, 404, 200, 200, 404, 404));
        rows.add(row("PUT", "/newcomers/{id}", (s, c) -> s.header("If-Match", api().get(n).header("ETag"))
                .contentType("application/json").body(newcomer("Matrix")).put(n),
                a, 200, 200, 404, 200, 403, 404, 404));
        rows.add(row("POST", "/newcomers/{id}/eligibility-override", (s, c) -> s
                        .header("If-Match", api().get(n).header("ETag")).contentType("application/json")
                        .body("{\"motivation\":\"Voldoet, dus niets af te wijken.\"}").post(n + "/eligibility-override"),
                a, 409, 409, 404, 409, 403, 404, 404));
        rows.add(row("GET", "/newcomers/{id}/export", (s, c) -> s.get(n + "/export"),
                a, 200, 200, 404, 200, 403, 404, 404));
        rows.add(row("POST", "/newcomers/{id}/erasure", (s, c) -> s.post("/newcomers/" + api()
                        .contentType("application/json").body(newcomer("Wis" + System.nanoTime())).post("/newcomers")
                        .then().statusCode(201).extract().jsonPath().getLong("id") + "/erasure"),
                a, 200, 200, 404, 403, 403, 404, 404));
        rows.add(row("POST", "/privacy/retention-runs", (s, c) -> s.post("/privacy/retention-runs"),
                a, 200, 403, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/trajectories", (s, c) -> s.get("/trajectories"), a, 200, 200, 200, 200, 200, 200, 403));
        rows.add(row("POST", "/trajectories", (s, c) -> s.contentType("application/json")
                        .body("{\"newcomerId\":" + newcomerId + "}").post("/trajectories"),
                a, 409, 409, 400, 409, 403, 400, 400));
        rows.add(row("GET", "/trajectories/{id}", (s, c) -> s.get(t), a, 200, 200, 404, 200, 200, 200, 404));
        rows.add(row("PUT", "/trajectories/{id}", (s, c) -> s.header("If-Match", api().get(t).header("ETag"))
                .contentType("application/json").body("{\"deadline\":\"2030-01-01\"}").put(t),
                a, 200, 200, 404, 200, 403, 403, 404));
        rows.add(row("POST", "/trajectories/{id}/transitions", (s, c) -> s.contentType("application/json")
                .body("{\"to\":\"completed\"}").post(t + "/transitions"), a, 409, 409, 404, 409, 403, 403, 404));
        rows.add(row("GET", "/trajectories/{id}/hours", (s, c) -> s.get(t + "/hours"),
                a, 200, 200, 404, 200, 200, 200, 404));
        rows.add(row("POST", "/trajectories/{id}/hours", (s, c) -> s.contentType("application/json")
                        .body("{\"placementId\":999999999,\"date\":\"2024-01-01\",\"hours\":1}").post(t + "/hours"),
                a, 400, 400, 404, 400, 403, 403, 404));
        rows.add(row("POST", "/trajectories/{id}/hours/{entry}/decision", (s, c) -> s.contentType("application/json")
                        .body("{\"decision\":\"confirm\"}").post(t + "/hours/999999999/decision"),
                a, 404, 404, 404, 404, 403, 404, 404));
        rows.add(row("GET", "/trajectories/{id}/certificate", (s, c) -> s.get(t + "/certificate"),
                a, 409, 409, 404, 409, 409, 403, 404));
        rows.add(row("POST", "/trajectories/{id}/referral", (s, c) -> s.contentType("application/json")
                        .body("{\"municipalityNis\":\"" + POPERINGE + "\",\"motivation\":\"Verhuist binnen het netwerk\"}")
                        .post(t + "/referral"), a, 400, 400, 404, 400, 403, 403, 404));
        rows.add(row("GET", "/trajectories/{id}/referrals", (s, c) -> s.get(t + "/referrals"),
                a, 200, 200, 404, 200, 200, 200, 404));
        rows.add(row("GET", "/trajectories/{id}/placements", (s, c) -> s.get(t + "/placements"),
                a, 200, 200, 404, 200, 200, 200, 404));
        rows.add(row("POST", "/trajectories/{id}/placements", (s, c) -> s.contentType("application/json")
                .body("{\"typeId\":\"nope\"}").post(t + "/placements"), a, 400, 400, 404, 400, 403, 403, 404));
        rows.add(row("POST", "/trajectories/{id}/placements/{placement}/end", (s, c) -> s
                .contentType("application/json").body("{}").post(t + "/placements/999999999/end"),
                a, 404, 404, 404, 404, 403, 403, 404));
        rows.add(row("POST", "/trajectories/{id}/placements/{placement}/confirmation-links", (s, c) -> s
                .contentType("application/json").body("{}").post(t + "/placements/" + placementId
                        + "/confirmation-links"), a, 409, 409, 404, 409, 403, 403, 404));
        rows.add(row("GET", "/trajectories/{id}/placements/{placement}/confirmation-links", (s, c) -> s
                .get(t + "/placements/" + placementId + "/confirmation-links"), a, 200, 200, 404, 200, 403, 403, 404));
        rows.add(row("DELETE", "/trajectories/{id}/placements/{placement}/confirmation-links/{link}", (s, c) -> s
                .delete(t + "/placements/" + placementId + "/confirmation-links/999999999"),
                a, 404, 404, 404, 404, 403, 403, 404));
        String token = "/public/confirmations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        rows.add(row("GET", "/public/confirmations/{token}", (s, c) -> s.get(token),
                404, 404, 404, 404, 404, 404, 404, 404));
        rows.add(row("POST", "/public/confirmations/{token}", (s, c) -> s.contentType("application/json")
                .body("{\"decision\":\"confirm\"}").post(token), 404, 404, 404, 404, 404, 404, 404, 404));
        rows.add(row("GET", "/public/confirmations/{token}/qr", (s, c) -> s.get(token + "/qr"),
                404, 404, 404, 404, 404, 404, 404, 404));
        rows.add(row("GET", "/public/certificates/{code}", (s, c) -> s.get("/public/certificates/VP-0000-0000-0000-0000"),
                200, 200, 200, 200, 200, 200, 200, 200));
        // the newcomer's own progress links (issue 17): managed like the confirmation links, opened by their token
        rows.add(row("POST", "/trajectories/{id}/progress-links", (s, c) -> s.contentType("application/json")
                .body("{}").post(t + "/progress-links"), a, 400, 400, 404, 400, 403, 403, 404));
        rows.add(row("GET", "/trajectories/{id}/progress-links", (s, c) -> s.get(t + "/progress-links"),
                a, 200, 200, 404, 200, 403, 403, 404));
        rows.add(row("DELETE", "/trajectories/{id}/progress-links/{link}", (s, c) -> s
                .delete(t + "/progress-links/999999999"), a, 404, 404, 404, 404, 403, 403, 404));
        String progress = "/public/progress/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        rows.add(row("GET", "/public/progress/{token}", (s, c) -> s.get(progress),
                404, 404, 404, 404, 404, 404, 404, 404));
        rows.add(row("GET", "/public/progress/{token}/qr", (s, c) -> s.get(progress + "/qr"),
                404, 404, 404, 404, 404, 404, 404, 404));
    }

    /** The matching's endpoints, on a newcomer and buddy of Poperinge (Westhoek) made here once. */
    private void addMatchingRows(List<Row> rows, int a) {
        if (matchNewcomerId == 0) {
            matchNewcomerId = matchableNewcomer();
            matchProposalId = freshProposal();
        }
        rows.add(row("GET", "/matches/suggestions", (s, c) -> s.get("/matches/suggestions?newcomer=" + matchNewcomerId
                + "&kind=buddy"), a, 200, 200, 404, 200, 200, 404, 404));
        rows.add(row("GET", "/matches/newcomers/{id}", (s, c) -> s.get("/matches/newcomers/" + matchNewcomerId),
                a, 200, 200, 404, 200, 200, 404, 404));
        rows.add(row("POST", "/matches/proposals", (s, c) -> s.post("/matches/proposals?network=westhoek"),
                a, 201, 201, 403, 403, 403, 403, 403));
        rows.add(row("GET", "/matches/proposals", (s, c) -> s.get("/matches/proposals?network=westhoek"),
                a, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET", "/matches/proposals/{id}", (s, c) -> s.get("/matches/proposals/" + matchProposalId),
                a, 200, 200, 404, 200, 404, 404, 404));
        rows.add(row("GET", "/matches/proposals/{id}/pairs", (s, c) -> s.get("/matches/proposals/" + matchProposalId
                + "/pairs"), a, 200, 200, 404, 200, 404, 404, 404));
        rows.add(row("POST", "/matches/pairs/{id}/approve", (s, c) -> s.contentType("application/json")
                .body("{\"attributes\":{\"meetingRhythm\":\"weekly\",\"sharedLanguages\":[\"nl\",\"ku\"]}}")
                .post("/matches/pairs/" + freshPair() + "/approve"), a, 200, 200, 404, 403, 404, 404, 404));
        rows.add(row("POST", "/matches/pairs/{id}/reject", (s, c) -> s.contentType("application/json").body("{}")
                .post("/matches/pairs/" + freshPair() + "/reject"), a, 200, 200, 404, 403, 404, 404, 404));
    }

    /**
     * A newcomer of Poperinge who consents to matching, with an active trajectory (an approved pair becomes a placement
     * in it) and A2 (a buddy duo needs A1); and a buddy beside them.
     */
    private long matchableNewcomer() {
        var municipality = api().get("/municipalities/" + POPERINGE);
        if (municipality.jsonPath().getString("membership.participatingFrom") == null) {
            api().header("If-Match", municipality.header("ETag")).contentType("application/json")
                    .body("{\"participatingFrom\":\"2023-01-01\"}").put("/municipalities/" + POPERINGE + "/membership")
                    .then().statusCode(200);
        }
        long id = api().contentType("application/json").body("{\"firstName\":\"Koppel\",\"lastName\":\"Matrix "
                        + System.nanoTime() + "\",\"integrationStatus\":\"entitled\",\"municipalityNis\":\""
                        + POPERINGE + "\",\"referralChannel\":\"self\",\"integrationProgress\":\"running\","
                        + "\"dutchLevel\":\"A2\",\"languages\":[\"ku\"],\"consents\":{\"matching\":true}}")
                .post("/newcomers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long trajectory = api().contentType("application/json").body("{\"newcomerId\":" + id + "}")
                .post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        api().contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);
        api().contentType("application/json").body("{\"firstName\":\"Koppel\",\"lastName\":\"Buddy "
                        + System.nanoTime() + "\",\"email\":\"koppel@example.org\",\"municipalityNis\":\""
                        + POPERINGE + "\",\"languages\":[\"ku\"],\"screening\":\"screened\",\"training\":\"trained\","
                        + "\"trainedOn\":\"2025-06-01\",\"capacity\":1,\"status\":\"active\","
                        + "\"consents\":{\"matching\":true}}").post("/buddies").then().statusCode(201);
        return id;
    }

    private long freshProposal() {
        return api().post("/matches/proposals?network=westhoek").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** An open pair in Westhoek: a new newcomer and buddy, and a new proposal that pairs them (or others). */
    private long freshPair() {
        long newcomer = matchableNewcomer();
        long proposal = freshProposal();
        var pairs = api().get("/matches/proposals/" + proposal + "/pairs?status=proposed&size=200").jsonPath();
        List<Long> mine = pairs.getList("items.findAll { it.newcomer.id == " + newcomer + " }.id", Long.class);
        return mine.isEmpty() ? pairs.getLong("items[0].id") : mine.get(0);
    }

    /** An allocation by the participating municipalities alone (Poperinge takes part): saved when asked. */
    private static String allocation(boolean save) {
        return "{\"name\":\"Matrix\",\"amount\":1000,\"referenceDate\":\"" + java.time.LocalDate.now()
                + "\",\"criteria\":[{\"criterion\":\"participating-municipalities\",\"weight\":1}],\"save\":"
                + save + "}";
    }

    /** A saved allocation, made once by the administrator. */
    private long allocationId() {
        if (allocationId == 0) {
            allocationId = api().contentType("application/json").body(allocation(true)).post("/funding/allocations")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return allocationId;
    }

    private Long adminImportRun;

    /** A dry run the administrator started (once): nobody else may see it. */
    private long adminImportRun() {
        if (adminImportRun == null) {
            adminImportRun = api().contentType("text/csv").body("naam;gemeente;soort\r\n")
                    .post("/imports?kind=organisations&dryRun=true").then().statusCode(202).extract().jsonPath()
                    .getLong("id");
        }
        return adminImportRun;
    }

    private static Row row(String method, String path, BiFunction<RequestSpecification, String, Response> call,
                           int... expected) {
        assertThat(expected).as("one status per caller for %s %s", method, path).hasSize(CALLERS.size());
        return new Row(method, path, call, expected);
    }

    /** A second session of the caller, so that signing it out leaves the fixture's session open. */
    private Session freshSession(String caller) {
        String username = as(sessions.get(caller)).get("/session").jsonPath().getString("username");
        return signIn(username, caller.equals("administrator") ? ADMIN_PASSWORD : PASSWORD);
    }

    @Test
    void everyRoleGetsExactlyItsStatusOnEveryEndpoint() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows()) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                RequestSpecification spec = caller.equals("anonymous") ? anonymous() : as(sessions.get(caller));
                Response response = row.call().apply(spec, caller);
                if (response.statusCode() != row.expected()[i]) {
                    mismatches.add(row.method() + " " + row.path() + " as " + caller + ": expected "
                            + row.expected()[i] + ", got " + response.statusCode() + " " + response.asString());
                }
                if (response.statusCode() >= 400) {
                    assertThat(response.contentType()).as("%s %s as %s", row.method(), row.path(), caller)
                            .startsWith("application/problem+json");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyEndpointHasARow() {
        Map<String, Map<String, Object>> paths = RestAssured.given().accept("application/json")
                .get(root() + "/openapi").jsonPath().getMap("paths");
        Set<String> published = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> published.add(m.toUpperCase() + " " + path.replaceFirst("^/api/v1", ""))));
        Set<String> covered = new TreeSet<>();
        rows().forEach(r -> covered.add(r.method() + " " + r.path()));
        assertThat(covered).isEqualTo(published);
    }

    @Test
    void contactPersonsAreShownOnlyWithinTheCallersScope() {
        Map<String, Boolean> sees = new LinkedHashMap<>();
        for (String caller : CALLERS.subList(1, CALLERS.size())) {
            sees.put(caller, as(sessions.get(caller)).get("/organisations/" + organisationId).then().statusCode(200)
                    .extract().jsonPath().get("contacts") != null);
        }
        assertThat(sees).containsExactly(Map.entry("administrator", true), Map.entry("coordinator-westhoek", true),
                Map.entry("coordinator-limburg", false), Map.entry("counsellor-westhoek", true),
                Map.entry("local-officer-poperinge", true), Map.entry("organisation-contact", true),
                Map.entry("viewer", false));
        as(sessions.get("coordinator-limburg")).get("/organisations?network=westhoek").then().statusCode(200)
                .body("items.contacts", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void offerDraftsAndContactPersonsOnlyWithinTheCallersScope() {
        Map<String, Integer> draft = new LinkedHashMap<>();
        Map<String, Boolean> contact = new LinkedHashMap<>();
        for (String caller : CALLERS.subList(1, CALLERS.size())) {
            draft.put(caller, as(sessions.get(caller)).get("/offers/" + draftOfferId).statusCode());
            contact.put(caller, as(sessions.get(caller)).get("/offers/" + offerId).then().statusCode(200)
                    .extract().jsonPath().get("contact") != null);
        }
        assertThat(draft).containsExactly(Map.entry("administrator", 200), Map.entry("coordinator-westhoek", 200),
                Map.entry("coordinator-limburg", 404), Map.entry("counsellor-westhoek", 404),
                Map.entry("local-officer-poperinge", 200), Map.entry("organisation-contact", 200),
                Map.entry("viewer", 404));
        assertThat(contact).containsExactly(Map.entry("administrator", true), Map.entry("coordinator-westhoek", true),
                Map.entry("coordinator-limburg", false), Map.entry("counsellor-westhoek", true),
                Map.entry("local-officer-poperinge", true), Map.entry("organisation-contact", true),
                Map.entry("viewer", false));
        as(sessions.get("viewer")).get("/offers?size=200&q=matrix ontwerp").then().statusCode(200)
                .body("items.id", not(hasItem((int) draftOfferId)));
    }

    @Test
    void coordinatorsListOnlyTheUsersOfTheirOwnNetworks() {
        String officer = as(sessions.get("local-officer-poperinge")).get("/session").jsonPath().getString("username");
        as(sessions.get("coordinator-westhoek")).get("/users?size=200").then().statusCode(200)
                .body("items.username", hasItem(officer))
                .body("items.role", not(hasItem("administrator")));
        as(sessions.get("coordinator-limburg")).get("/users?size=200").then().statusCode(200)
                .body("items.username", not(hasItem(officer)));
    }
}
