package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle's rules tried from the side that would bend them (issue 14): what a link shows, what a closed
 * trajectory still takes, whether a certificate changes after it was issued, the 24 hours of a person across
 * trajectories, how far back placements and hours reach, links decided in parts, revoked, or with nothing left, and
 * opening a trajectory that starts at once. Each test failed on the code before the fix.
 */
class LifecycleRulesIT extends PlacementTestSupport {

    private static final String NOTE = "Schuldbemiddeling loopt, niet over praten";

    @Test
    void theConfirmationPageShowsNoNoteOfTheCounsellor() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Nota");
        long group = groupPlacement(counsellor, trajectory);
        as(counsellor).contentType("application/json").body("{\"placementId\":" + group + ",\"date\":\""
                + TODAY.minusDays(2) + "\",\"hours\":3,\"note\":\"" + NOTE + "\"}").post("/trajectories/" + trajectory
                + "/hours").then().statusCode(201).body("note", equalTo(NOTE));
        String token = link(counsellor, trajectory, group);
        String page = anonymous().get("/public/confirmations/" + token).then().statusCode(200)
                .body("entries", hasSize(1)).body("entries[0]", not(hasKey("note"))).extract().asString();
        assertThat(page).doesNotContain("Schuldbemiddeling");
    }

    @Test
    void aStoppedOrExemptedTrajectoryTakesNoConfirmationOrHoursWhateverTheChannel() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Stop");
        long group = groupPlacement(counsellor, trajectory);
        long first = reported(counsellor, trajectory, group, TODAY.minusDays(3), "4");
        long second = reported(counsellor, trajectory, group, TODAY.minusDays(2), "5");
        String token = link(counsellor, trajectory, group);
        transition(counsellor, trajectory, "stopped").then().statusCode(200);

        anonymous().contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/public/confirmations/" + token).then().statusCode(410)
                .body("detail", containsString("afgesloten"));
        anonymous().get("/public/confirmations/" + token).then().statusCode(410);
        as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + first + "/decision").then().statusCode(409)
                .body("type", containsString("trajectory-not-active"));
        report(counsellor, trajectory, group, TODAY.minusDays(1), "2").then().statusCode(409);
        as(counsellor).get("/trajectories/" + trajectory).then().body("status", equalTo("stopped"))
                .body("confirmedHours", is(0.0f)).body("pendingHours", is(0.0f));
        as(counsellor).get("/trajectories/" + trajectory + "/hours?sort=date").then()
                .body("items.id", contains((int) first, (int) second))
                .body("items.status", contains("lapsed", "lapsed"))
                .body("items[0].decidedBy", equalTo("traject stopgezet"));
        as(counsellor).get("/trajectories/" + trajectory + "/placements/" + group + "/confirmation-links").then()
                .statusCode(200).body("[0].state", equalTo("closed"))
                .body("[0].closedReason", equalTo("trajectory-closed")).body("[0].remaining", is(0));

        long exempted = activeTrajectory(counsellor, "Vrijstelling");
        long other = groupPlacement(counsellor, exempted);
        long pending = reported(counsellor, exempted, other, TODAY.minusDays(1), "2");
        transition(counsellor, exempted, "exempted").then().statusCode(200);
        as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + exempted + "/hours/" + pending + "/decision").then().statusCode(409);
        api().contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + exempted + "/hours/" + pending + "/decision").then().statusCode(409);
        as(counsellor).get("/trajectories/" + exempted).then().body("confirmedHours", is(0.0f));
    }

    /**
     * Lowering the target to the confirmed hours completes the trajectory and ends its placements: their places go
     * back, as at any other completion (found by the reliability run: the offer kept the place taken).
     */
    @Test
    void aTargetLoweredToTheConfirmedHoursCompletesAndGivesThePlacesBack() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Korter");
        long offer = offer(organisation("Eén plaats"), "alternative", "conversation-group", 1);
        long placement = placeInOffer(counsellor, trajectory, "alternative", offer, CONVERSATION, 10).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long entry = reported(counsellor, trajectory, placement, TODAY.minusDays(1), "4");
        as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
        as(counsellor).get("/offers/" + offer).then().body("placesTaken", is(1));

        String etag = as(counsellor).get("/trajectories/" + trajectory).then().statusCode(200).extract()
                .header("ETag");
        as(counsellor).header("If-Match", etag).contentType("application/json")
                .body("{\"targetHours\":4,\"targetReason\":\"Werk gevonden, korter traject\"}")
                .put("/trajectories/" + trajectory).then().statusCode(200).body("status", equalTo("completed"));
        as(counsellor).get("/trajectories/" + trajectory + "/placements").then().statusCode(200)
                .body("items.find { it.id == " + placement + " }.status", equalTo("ended"));
        as(counsellor).get("/offers/" + offer).then().body("placesTaken", is(0));
        long next = activeTrajectory(counsellor, "Volgende");
        placeInOffer(counsellor, next, "alternative", offer, CONVERSATION, 1).then().statusCode(201);
    }

    @Test
    void aCertificateIsAFixedRecordThatLaterDecisionsDoNotChange() throws IOException {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Attest");
        long group = groupPlacement(counsellor, trajectory);
        long[] days = new long[4];
        for (int i = 0; i < 4; i++) {
            days[i] = reported(counsellor, trajectory, group, TODAY.minusDays(10 - i), "10");
        }
        long late = reported(counsellor, trajectory, group, TODAY.minusDays(2), "2");
        String lateLink = link(counsellor, trajectory, group);
        for (int i = 0; i < 4; i++) {
            decide(counsellor, trajectory, days[i], "confirm").then().statusCode(200);
        }
        JsonPath done = as(counsellor).get("/trajectories/" + trajectory).then().body("status", equalTo("completed"))
                .body("confirmedHours", is(40.0f)).extract().jsonPath();
        String code = done.getString("certificateCode");
        String seal = anonymous().get("/public/certificates/" + code).then().statusCode(200).body("valid", is(true))
                .body("hours", is(40.0f)).extract().jsonPath().getString("contentHash");
        assertThat(seal).matches("[0-9a-f]{64}");

        // the entry still pending at completion lapsed: no channel confirms it now
        decide(counsellor, trajectory, late, "confirm").then().statusCode(409);
        anonymous().contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/public/confirmations/" + lateLink).then().statusCode(410);
        as(counsellor).get("/trajectories/" + trajectory + "/hours?status=lapsed").then()
                .body("items.id", contains((int) late)).body("items[0].decidedBy", equalTo("traject voltooid"));
        as(counsellor).get("/trajectories/" + trajectory).then().body("confirmedHours", is(40.0f))
                .body("pendingHours", is(0.0f));
        anonymous().get("/public/certificates/" + code).then().body("hours", is(40.0f))
                .body("completedOn", equalTo(TODAY.toString())).body("contentHash", equalTo(seal));

        String first = certificateText(counsellor, trajectory);
        String again = certificateText(counsellor, trajectory);
        assertThat(first).contains("Bevestigde uren: 40", code, seal.substring(0, 32)).isEqualTo(again);
    }

    @Test
    void oneDayHoldsAtMostTwentyFourHoursForAPersonAcrossTrajectories() {
        Session counsellor = counsellor("westhoek");
        participates(IEPER);
        long newcomer = createNewcomer(as(counsellor), newcomer("Dubbel", IEPER, "running"));
        long first = openActive(counsellor, newcomer);
        long firstGroup = groupPlacement(counsellor, first);
        LocalDate day = TODAY.minusDays(5);
        reported(counsellor, first, firstGroup, day, "20");
        transition(counsellor, first, "stopped").then().statusCode(200);

        long second = openActive(counsellor, newcomer);
        long secondGroup = groupPlacement(counsellor, second);
        report(counsellor, second, secondGroup, day, "20").then().statusCode(400)
                .body("violations.code", hasItem("above-24-hours-a-day"))
                .body("violations.message", hasItem(containsString("ander traject")));
        report(counsellor, second, secondGroup, day, "4.25").then().statusCode(400);
        reported(counsellor, second, secondGroup, day, "4");
        reported(counsellor, second, secondGroup, day.minusDays(1), "20");
    }

    @Test
    void placementsAndHoursReachBackNoFurtherThanTheOfferTheContractAndTheWindow() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Terug");
        long organisation = organisation("Oud");
        long offer = offer(organisation, "alternative", "conversation-group", 5);
        placeInOffer(counsellor, trajectory, "alternative", offer, CONVERSATION, 400).then().statusCode(400)
                .body("violations.field", hasItem("startDate"))
                .body("violations.code", hasItem("before-backdating-window"));
        long recent = api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"alternative\",\"reportingCategory\":\"conversation-group\",\"title\":"
                        + "\"Nieuw praatcafé " + unique() + "\",\"municipalityNis\":\"" + IEPER + "\",\"requiredLevel\":"
                        + "\"A1\",\"capacity\":5,\"status\":\"published\",\"activeFrom\":\"" + TODAY.minusDays(10)
                        + "\",\"contact\":{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
        placeInOffer(counsellor, trajectory, "alternative", recent, CONVERSATION, 20).then().statusCode(400)
                .body("violations.code", contains("before-offer-active"));

        participates(IEPER);
        String contract = newcomer("Contract", IEPER, "running")
                .replace("\"integrationContractDate\":\"2025-01-15\"", "\"integrationContractDate\":\""
                        + TODAY.minusDays(6) + "\"");
        long fresh = openActive(counsellor, createNewcomer(as(counsellor), contract));
        placeInOffer(counsellor, fresh, "alternative", offer, CONVERSATION, 8).then().statusCode(400)
                .body("violations.code", contains("before-integration-contract"));

        // within the window: allowed, and hours before the opening are shown as recorded afterwards
        long early = placeInOffer(counsellor, trajectory, "alternative", offer, CONVERSATION, 90).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        report(counsellor, trajectory, early, TODAY.minusDays(91), "2").then().statusCode(400)
                .body("violations.code", hasItem("before-backdating-window"));
        report(counsellor, trajectory, early, TODAY.minusDays(60), "2").then().statusCode(201)
                .body("recordedAfterwards", is(true));
        report(counsellor, trajectory, early, TODAY, "2").then().statusCode(201).body("recordedAfterwards", is(false));
    }

    @Test
    void aLinkIsDecidedInPartsAndKeptWhenNothingIsLeft() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Deels");
        long group = groupPlacement(counsellor, trajectory);
        long a = reported(counsellor, trajectory, group, TODAY.minusDays(4), "2");
        long b = reported(counsellor, trajectory, group, TODAY.minusDays(3), "3");
        long c = reported(counsellor, trajectory, group, TODAY.minusDays(2), "4");
        String token = link(counsellor, trajectory, group);

        anonymous().contentType("application/json").body("{\"decision\":\"confirm\",\"entryIds\":[" + a + "]}")
                .post("/public/confirmations/" + token).then().statusCode(200).body("confirmed", is(1))
                .body("remaining", is(2));
        anonymous().get("/public/confirmations/" + token).then().statusCode(200).body("entries.id",
                contains((int) b, (int) c)).body("nothingLeft", is(false));
        anonymous().contentType("application/json").body("{\"decision\":\"reject\",\"reason\":\"Was ziek\","
                + "\"entryIds\":[" + b + "]}").post("/public/confirmations/" + token).then().statusCode(200)
                .body("rejected", is(1)).body("remaining", is(1));
        anonymous().contentType("application/json").body("{\"decision\":\"confirm\",\"entryIds\":[" + a + "]}")
                .post("/public/confirmations/" + token).then().statusCode(400)
                .body("violations.field", contains("entryIds"));

        // the counsellor decides the last one meanwhile: the link says so, changes nothing and is kept
        decide(counsellor, trajectory, c, "confirm").then().statusCode(200);
        anonymous().get("/public/confirmations/" + token).then().statusCode(200).body("entries", empty())
                .body("nothingLeft", is(true));
        anonymous().contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/public/confirmations/" + token).then().statusCode(409)
                .body("type", containsString("nothing-to-confirm"));
        as(counsellor).get("/trajectories/" + trajectory).then().body("confirmedHours", is(6.0f));
        as(counsellor).get("/trajectories/" + trajectory + "/placements/" + group + "/confirmation-links").then()
                .statusCode(200).body("[0].state", equalTo("open")).body("[0].remaining", is(0))
                .body("[0].lastUsedAt", not(nullValue()));
    }

    @Test
    void aCounsellorListsAPlacementsLinksAndRevokesOne() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Fout adres");
        long group = groupPlacement(counsellor, trajectory);
        reported(counsellor, trajectory, group, TODAY.minusDays(2), "2");
        String wrong = link(counsellor, trajectory, group);
        String right = link(counsellor, trajectory, group);
        String links = "/trajectories/" + trajectory + "/placements/" + group + "/confirmation-links";
        JsonPath listed = as(counsellor).get(links).then().statusCode(200).body("", hasSize(2))
                .body("state", contains("open", "open")).body("remaining", contains(1, 1))
                .body("[0]", not(hasKey("token"))).extract().jsonPath();
        long wrongId = listed.getLong("[1].id");

        as(counsellor("limburg")).delete(links + "/" + wrongId).then().statusCode(404);
        // nor through another trajectory or placement the same counsellor follows
        long other = activeTrajectory(counsellor, "Ander");
        long otherGroup = groupPlacement(counsellor, other);
        as(counsellor).delete("/trajectories/" + other + "/placements/" + otherGroup + "/confirmation-links/"
                + wrongId).then().statusCode(404);
        as(counsellor).delete("/trajectories/" + trajectory + "/placements/" + otherGroup + "/confirmation-links/"
                + wrongId).then().statusCode(404);
        as(counsellor).delete(links + "/999999999").then().statusCode(404);
        as(counsellor).delete(links + "/" + wrongId).then().statusCode(200).body("state", equalTo("closed"))
                .body("closedReason", equalTo("revoked")).body("closedBy", containsString("counsellor-westhoek"));
        anonymous().get("/public/confirmations/" + wrong).then().statusCode(410)
                .body("detail", containsString("ingetrokken"));
        anonymous().contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/public/confirmations/" + wrong).then().statusCode(410);
        anonymous().get("/public/confirmations/" + right).then().statusCode(200).body("entries", hasSize(1));
        as(counsellor).get(links).then().body("state", contains("open", "closed"));
    }

    @Test
    void oneCallOpensAndStartsATrajectoryOrNothingHappens() {
        Session counsellor = counsellor("westhoek");
        participates(IEPER);
        long eligible = createNewcomer(as(counsellor), newcomer("Meteen", IEPER, "running"));
        as(counsellor).contentType("application/json").body("{\"newcomerId\":" + eligible + ",\"activate\":true}")
                .post("/trajectories").then().statusCode(201).body("status", equalTo("active"))
                .body("startedOn", equalTo(TODAY.toString())).header("ETag", not(nullValue()));

        long ineligible = createNewcomer(as(counsellor), newcomer("Nog niet", IEPER, "none"));
        as(counsellor).contentType("application/json").body("{\"newcomerId\":" + ineligible + ",\"activate\":true}")
                .post("/trajectories").then().statusCode(409).body("type", containsString("not-eligible"));
        as(counsellor).get("/trajectories?newcomer=" + ineligible).then().body("totalItems", is(0));
        as(counsellor).contentType("application/json").body("{\"newcomerId\":" + eligible + ",\"activate\":\"ja\"}")
                .post("/trajectories").then().statusCode(400).body("violations.field", contains("activate"));
    }

    private long openActive(Session counsellor, long newcomer) {
        return as(counsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer
                + ",\"activate\":true}").post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long groupPlacement(Session counsellor, long trajectory) {
        long offer = offer(organisation("Praatgroep"), "alternative", "conversation-group", 5);
        return placeInOffer(counsellor, trajectory, "alternative", offer, CONVERSATION, 30).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private String link(Session counsellor, long trajectory, long placement) {
        return as(counsellor).contentType("application/json").body("{}").post("/trajectories/" + trajectory
                + "/placements/" + placement + "/confirmation-links").then().statusCode(201).extract().jsonPath()
                .getString("token");
    }

    private io.restassured.response.Response transition(Session counsellor, long trajectory, String to) {
        return as(counsellor).contentType("application/json").body("{\"to\":\"" + to + "\",\"reason\":\"Verhuisd"
                + " of vrijgesteld\"}").post("/trajectories/" + trajectory + "/transitions");
    }

    private io.restassured.response.Response decide(Session counsellor, long trajectory, long entry,
                                                    String decision) {
        return as(counsellor).contentType("application/json").body("{\"decision\":\"" + decision + "\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision");
    }

    private String certificateText(Session counsellor, long trajectory) throws IOException {
        byte[] pdf = as(counsellor).accept("application/pdf").get("/trajectories/" + trajectory + "/certificate")
                .then().statusCode(200).extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
