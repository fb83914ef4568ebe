package be.vierdepijler.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * Approving an offer for the public finder against the decree's checklist: every criterion that does not hold is a
 * 400 naming it; only the network's coordinators and administrators approve; a later change of what was checked lets
 * the approval lapse and takes the offer out of the finder; the approval can be withdrawn; the audit keeps it.
 */
class OfferApprovalIT extends TrajectoryTestSupport {

    private static final String FULL = "{\"dutchSetting\":true,\"newContacts\":true,\"groupOrDuo\":true,"
            + "\"hoursPossible\":10}";

    private long organisation() {
        long id = api().contentType("application/json").body("{\"name\":\"Goedkeuring " + unique()
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + IEPER + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        api().contentType("application/json").body("{\"publicListing\":true}")
                .put("/organisations/" + id + "/public-listing").then().statusCode(200);
        return id;
    }

    private static String offer(long organisation, String title, String description) {
        return "{\"organisationId\":" + organisation + ",\"trajectoryTypeId\":\"alternative\","
                + "\"reportingCategory\":\"conversation-group\",\"title\":\"" + title + "\",\"description\":\""
                + description + "\",\"municipalityNis\":\"" + IEPER + "\",\"requiredLevel\":\"A1\",\"capacity\":5,"
                + "\"status\":\"published\",\"weekdays\":[\"tue\"]}";
    }

    private long create(long organisation, String title) {
        return api().contentType("application/json").body(offer(organisation, title, "Elke week"))
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private io.restassured.response.Response approve(io.restassured.specification.RequestSpecification as,
                                                     long offer, String checklist) {
        return as.header("If-Match", version(offer)).contentType("application/json").body(checklist)
                .put("/offers/" + offer + "/approval");
    }

    /** The offer's ETag as the administrator reads it: the version an approval is of. */
    private String version(long offer) {
        return api().get("/offers/" + offer).header("ETag");
    }

    @Test
    void refusesAnIncompleteChecklistNamingEachCriterion() {
        long offer = create(organisation(), "Checklist " + unique());
        approve(api(), offer, "{\"dutchSetting\":false,\"newContacts\":true,\"groupOrDuo\":true,"
                + "\"hoursPossible\":20}").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("dutchSetting"))
                .body("violations[0].code", equalTo("criterion-not-met"));
        approve(api(), offer, "{\"dutchSetting\":true,\"newContacts\":false,\"groupOrDuo\":true,"
                + "\"hoursPossible\":20}").then().statusCode(400).body("violations.field", contains("newContacts"));
        approve(api(), offer, "{\"dutchSetting\":true,\"newContacts\":true,\"groupOrDuo\":false,"
                + "\"hoursPossible\":20}").then().statusCode(400).body("violations.field", contains("groupOrDuo"));
        approve(api(), offer, "{\"dutchSetting\":true,\"newContacts\":true,\"groupOrDuo\":true,"
                + "\"hoursPossible\":9}").then().statusCode(400).body("violations.field", contains("hoursPossible"));
        approve(api(), offer, "{}").then().statusCode(400).body("violations.field",
                contains("dutchSetting", "newContacts", "groupOrDuo", "hoursPossible"));
        approve(api(), offer, "").then().statusCode(400);
        api().get("/offers/" + offer).then().body("approval", nullValue());
        approve(api(), offer, FULL).then().statusCode(200).body("approval.approvedBy", equalTo("admin"))
                .body("approval.approvedAt", notNullValue()).body("approval.dutchSetting", is(true))
                .body("approval.newContacts", is(true)).body("approval.groupOrDuo", is(true))
                .body("approval.hoursPossible", is(10));
    }

    @Test
    void onlyTheNetworksCoordinatorAndAdministratorsApprove() {
        long org = organisation();
        long offer = create(org, "Wie keurt " + unique());
        Session counsellor = counsellor("westhoek");
        Session contact = user("contact", "\"role\":\"organisation-contact\",\"organisationId\":" + org);
        Session officer = user("officer", "\"role\":\"local-officer\",\"municipalityNis\":\"" + IEPER + "\"");
        Session limburg = user("coordinator-limburg", "\"role\":\"network-coordinator\",\"networkIds\":[\"limburg\"]");
        Session westhoek = user("coordinator-westhoek",
                "\"role\":\"network-coordinator\",\"networkIds\":[\"westhoek\"]");
        for (Session refused : new Session[] {counsellor, contact, officer, limburg}) {
            approve(as(refused), offer, FULL).then().statusCode(403).contentType("application/problem+json");
            as(refused).get("/offers/" + offer).then().statusCode(200).body("approvable", is(false));
        }
        // a draft of another network is not even found
        long draft = api().contentType("application/json").body(offer(org, "Ontwerp " + unique(), "x")
                .replace("\"published\"", "\"draft\"")).post("/offers").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        approve(as(limburg), draft, FULL).then().statusCode(404);
        approve(as(counsellor), draft, FULL).then().statusCode(404);
        anonymous().contentType("application/json").body(FULL).put("/offers/" + offer + "/approval").then()
                .statusCode(401);
        as(westhoek).get("/offers/" + offer).then().body("approvable", is(true));
        approve(as(westhoek), offer, FULL).then().statusCode(200)
                .body("approval.approvedBy", startsWith("coordinator-westhoek."));
        as(limburg).header("If-Match", version(offer)).delete("/offers/" + offer + "/approval").then()
                .statusCode(403);
        as(contact).header("If-Match", version(offer)).delete("/offers/" + offer + "/approval").then()
                .statusCode(403);
        api().get("/offers/" + offer).then().body("approval", notNullValue());
    }

    @Test
    void aChangeOfWhatWasCheckedLetsTheApprovalLapse() {
        long org = organisation();
        String title = "Vervalt " + unique();
        long offer = create(org, title);
        Session contact = user("contact", "\"role\":\"organisation-contact\",\"organisationId\":" + org);
        approve(api(), offer, FULL).then().statusCode(200);
        anonymous().get("/public/offers/" + offer).then().statusCode(200);

        // what was not checked (the schedule, the weekdays, the places) changes without losing the approval
        change(contact, offer, offer(org, title, "Elke week").replace("\"weekdays\":[\"tue\"]",
                "\"weekdays\":[\"thu\"],\"schedule\":\"donderdag\",\"capacity\":9"));
        api().get("/offers/" + offer).then().body("approval", notNullValue()).body("weekdays", contains("thu"));
        anonymous().get("/public/offers/" + offer).then().statusCode(200).body("weekdays", contains("thu"));

        // the organisation changes the title: the approval lapses and the offer leaves the finder
        change(contact, offer, offer(org, title + " en meer", "Elke week"));
        api().get("/offers/" + offer).then().body("approval", nullValue());
        anonymous().get("/public/offers/" + offer).then().statusCode(404);
        approve(api(), offer, FULL).then().statusCode(200);
        anonymous().get("/public/offers/" + offer).then().statusCode(200);

        // and so does a change of the description, the category or the municipality
        change(contact, offer, offer(org, title + " en meer", "Elke maand"));
        api().get("/offers/" + offer).then().body("approval", nullValue());
        approve(api(), offer, FULL).then().statusCode(200);
        change(api(), offer, offer(org, title + " en meer", "Elke maand").replace(IEPER, POPERINGE));
        api().get("/offers/" + offer).then().body("approval", nullValue());
        anonymous().get("/public/offers/" + offer).then().statusCode(404);
    }

    /**
     * An approval is of what the coordinator read: the organisation changing the title between the coordinator's
     * reading and their click must not get the new title approved unseen. The version read goes along (If-Match);
     * without it the API asks for it, with an old one it refuses, and nothing is approved.
     */
    @Test
    void anOfferChangedSinceTheCoordinatorReadItIsNotApprovedUnseen() {
        long org = organisation();
        String title = "Gelezen " + unique();
        long offer = create(org, title);
        Session contact = user("contact", "\"role\":\"organisation-contact\",\"organisationId\":" + org);
        String read = version(offer);
        change(contact, offer, offer(org, title + " (ander programma)", "Elke week"));

        api().header("If-Match", read).contentType("application/json").body(FULL)
                .put("/offers/" + offer + "/approval").then().statusCode(412)
                .contentType("application/problem+json");
        api().contentType("application/json").body(FULL).put("/offers/" + offer + "/approval").then()
                .statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"not-a-version\"").contentType("application/json").body(FULL)
                .put("/offers/" + offer + "/approval").then().statusCode(400);
        api().get("/offers/" + offer).then().body("approval", nullValue());
        anonymous().get("/public/offers/" + offer).then().statusCode(404);

        approve(api(), offer, FULL).then().statusCode(200);
        String approved = version(offer);
        change(contact, offer, offer(org, title + " (ander programma)", "Elke week")
                .replace("\"weekdays\":[\"tue\"]", "\"weekdays\":[\"fri\"]"));
        api().header("If-Match", approved).delete("/offers/" + offer + "/approval").then().statusCode(412);
        api().delete("/offers/" + offer + "/approval").then().statusCode(428);
        api().get("/offers/" + offer).then().body("approval", notNullValue());
    }

    @Test
    void theApprovalCanBeWithdrawn() {
        long offer = create(organisation(), "Intrekken " + unique());
        approve(api(), offer, FULL).then().statusCode(200);
        anonymous().get("/public/offers/" + offer).then().statusCode(200);
        api().header("If-Match", version(offer)).delete("/offers/" + offer + "/approval").then().statusCode(200)
                .body("approval", nullValue());
        anonymous().get("/public/offers/" + offer).then().statusCode(404);
        // still the counsellors' offer as before
        as(counsellor("westhoek")).get("/offers/" + offer).then().statusCode(200).body("status",
                equalTo("published"));
    }

    private void change(Session as, long offer, String body) {
        change(as(as), offer, body);
    }

    private void change(io.restassured.specification.RequestSpecification as, long offer, String body) {
        String etag = api().get("/offers/" + offer).header("ETag");
        as.header("If-Match", etag).contentType("application/json").body(body).put("/offers/" + offer).then()
                .statusCode(200);
    }
}
