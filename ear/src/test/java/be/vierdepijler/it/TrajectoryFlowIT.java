package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The whole trajectory over HTTP: intake, trajectory, a placement in an offer and one with a buddy, hours, the contact
 * person's confirmation by link, the counsellor's confirmation, completion by itself at 40 hours, the certificate and
 * its public verification; every refused hour entry; a referral keeping the hours.
 */
class TrajectoryFlowIT extends PlacementTestSupport {

    @Test
    void fromIntakeToAVerifiedCertificate() throws IOException {
        Session counsellor = counsellor("westhoek");
        participates(IEPER);
        String first = "Yara" + unique();
        long newcomer = createNewcomer(as(counsellor), newcomer(first, IEPER, "running"));
        as(counsellor).get("/newcomers/" + newcomer).then().statusCode(200).body("eligibility.eligible", is(true));
        long trajectory = openTrajectory(as(counsellor), newcomer);
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);

        long organisation = organisation("Praatcafé");
        long offer = offer(organisation, "alternative", "conversation-group", 5);
        long group = placeInOffer(counsellor, trajectory, "alternative", offer, CONVERSATION, 30).then()
                .statusCode(201).body("typeId", equalTo("alternative"))
                .body("reportingCategory", equalTo("conversation-group")).body("organisationId", is((int) organisation))
                .body("attributes.subtype", equalTo("conversation-group")).body("status", equalTo("active"))
                .extract().jsonPath().getLong("id");
        long buddy = buddy(1);
        long duo = placeWithBuddy(counsellor, trajectory, buddy, 30);
        as(counsellor).get("/trajectories/" + trajectory + "/placements").then().statusCode(200)
                .body("items.typeId", contains("alternative", "buddy"))
                .body("items[1].attributes.buddy", equalTo(Long.toString(buddy)));

        for (int day = 10; day > 5; day--) {
            reported(counsellor, trajectory, group, TODAY.minusDays(day), "6");
        }
        long buddyHours = reported(counsellor, trajectory, duo, TODAY.minusDays(3), "10");
        as(counsellor).get("/trajectories/" + trajectory).then().body("confirmedHours", is(0.0f))
                .body("pendingHours", is(40.0f)).body("status", equalTo("active"));

        JsonPath link = as(counsellor).contentType("application/json").body("{}")
                .post("/trajectories/" + trajectory + "/placements/" + group + "/confirmation-links").then()
                .statusCode(201).body("contactName", equalTo("Els Contact")).body("entries", is(5))
                .extract().jsonPath();
        String token = link.getString("token");
        as(counsellor).contentType("application/json").body("{}")
                .post("/trajectories/" + trajectory + "/placements/" + duo + "/confirmation-links").then()
                .statusCode(409).body("type", containsString("counsellor-confirms"));

        String view = anonymous().get("/public/confirmations/" + token).then().statusCode(200)
                .body("newcomerFirstName", equalTo(first)).body("entries", hasSize(5))
                .body("totalHours", is(30.0f)).body("offerTitle", containsString("Aanbod alternative"))
                .extract().asString();
        assertThat(view).doesNotContain("Test").doesNotContain("n@example.org");
        byte[] png = anonymous().accept("image/png").get("/public/confirmations/" + token + "/qr").then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        anonymous().contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/public/confirmations/" + token).then().statusCode(200)
                .body("confirmed", is(5)).body("confirmedHours", is(30.0f)).body("trajectoryCompleted", is(false));
        // nothing left on the link: said so, and the link is kept as it is
        anonymous().contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/public/confirmations/" + token).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("nothing-to-confirm"));
        as(counsellor).get("/trajectories/" + trajectory + "/hours?placement=" + group).then()
                .body("items.status", contains("confirmed", "confirmed", "confirmed", "confirmed", "confirmed"))
                .body("items[0].decidedAs", equalTo("contact-person"))
                .body("items[0].decidedBy", containsString("Els Contact"));

        as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + buddyHours + "/decision").then().statusCode(200)
                .body("completed", is(true)).body("trajectoryStatus", equalTo("completed"))
                .body("entry.decidedAs", equalTo("counsellor"));
        JsonPath done = as(counsellor).get("/trajectories/" + trajectory).then().statusCode(200)
                .body("status", equalTo("completed")).body("completedOn", equalTo(TODAY.toString()))
                .body("confirmedHours", is(40.0f)).body("progressPercent", is(100))
                .body("hoursByCategory.label", contains("Conversatiegroep", "Buddywerking"))
                .extract().jsonPath();
        String code = done.getString("certificateCode");
        as(counsellor).get("/trajectories/" + trajectory + "/placements").then()
                .body("items.status", contains("ended", "ended"));

        byte[] pdf = as(counsellor).accept("application/pdf").get("/trajectories/" + trajectory + "/certificate")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("Attest", first, "Bevestigde uren: 40", "Conversatiegroep", "30", "Buddywerking",
                "10", code);

        String verification = anonymous().get("/public/certificates/" + code).then().statusCode(200)
                .body("valid", is(true)).body("hours", is(40.0f)).body("completedOn", equalTo(TODAY.toString()))
                .extract().asString();
        assertThat(verification).doesNotContain(first);
        anonymous().get("/public/certificates/" + code.toLowerCase()).then().body("valid", is(true));
        anonymous().get("/public/certificates/VP-0000-0000-0000-0000").then().statusCode(200)
                .body("valid", is(false)).body("hours", nullValue());
        anonymous().get("/public/certificates/zomaar").then().statusCode(200).body("valid", is(false));
    }

    @Test
    void everyRefusedHourEntryNamesItsReasonAndChangesNothing() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Fout");
        long organisation = organisation("Stagebedrijf");
        long offer = offer(organisation, "internship", "internship", 3);
        String internship = "{\"hostKind\":\"company\",\"supervisor\":\"Piet\",\"startDate\":\""
                + TODAY.minusDays(20) + "\",\"endDate\":\"" + TODAY.minusDays(2) + "\",\"agreementSigned\":true}";
        placeInOffer(counsellor, trajectory, "internship", offer, internship, 25).then().statusCode(400)
                .body("violations.code", contains("differs-from-period"));
        long stage = placeInOffer(counsellor, trajectory, "internship", offer, internship, 20).then()
                .statusCode(201).body("startDate", equalTo(TODAY.minusDays(20).toString()))
                .body("endDate", equalTo(TODAY.minusDays(2).toString()))
                .body("attributes.hostOrganisation", equalTo(Long.toString(organisation)))
                .extract().jsonPath().getLong("id");
        long group = placeInOffer(counsellor, trajectory, "alternative",
                offer(organisation, "alternative", "conversation-group", 3), CONVERSATION, 20).then()
                .statusCode(201).extract().jsonPath().getLong("id");

        report(counsellor, trajectory, group, TODAY.plusDays(1), "2").then().statusCode(400)
                .contentType("application/problem+json").body("violations.code", contains("in-the-future"));
        report(counsellor, trajectory, group, TODAY.minusDays(21), "2").then().statusCode(400)
                .body("violations.code", contains("before-placement-start"));
        report(counsellor, trajectory, stage, TODAY.minusDays(1), "2").then().statusCode(400)
                .body("violations.code", contains("after-placement-end"));
        reported(counsellor, trajectory, stage, TODAY.minusDays(5), "6");
        report(counsellor, trajectory, stage, TODAY.minusDays(5), "2.25").then().statusCode(400)
                .body("violations.code", contains("above-daily-cap"))
                .body("violations[0].message", containsString("8"));
        report(counsellor, trajectory, group, TODAY.minusDays(5), "1.1").then().statusCode(400)
                .body("violations.code", contains("not-a-step"));
        reported(counsellor, trajectory, group, TODAY.minusDays(5), "18");
        report(counsellor, trajectory, group, TODAY.minusDays(5), "0.25").then().statusCode(400)
                .body("violations.code", contains("above-24-hours-a-day"));
        as(counsellor).contentType("application/json").body("{\"placementId\":" + group + ",\"hours\":\"x\"}")
                .post("/trajectories/" + trajectory + "/hours").then().statusCode(400)
                .body("violations.field", contains("date", "hours"));
        as(counsellor).get("/trajectories/" + trajectory).then().body("pendingHours", is(24.0f));

        as(counsellor).contentType("application/json").body("{\"to\":\"stopped\",\"reason\":\"Werk gevonden\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);
        report(counsellor, trajectory, group, TODAY.minusDays(4), "2").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("trajectory-not-active"));
        as(counsellor).get("/trajectories/" + trajectory + "/hours").then().body("totalItems", is(2));
        as(counsellor).get("/offers/" + offer).then().body("placesTaken", is(0));
    }

    @Test
    void placementsAreCheckedAgainstTheTypeTheOfferAndTheNewcomer() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Plaats");
        long organisation = organisation("Vereniging");
        long offer = offer(organisation, "alternative", "conversation-group", 2);
        placeInOffer(counsellor, trajectory, "volunteering", offer, "{}", 1).then().statusCode(400)
                .body("violations.field", hasItem("offerId")).body("violations.code", hasItem("type-mismatch"));
        placeInOffer(counsellor, trajectory, "alternative", offer, "{\"subtype\":\"knitting\",\"colour\":1}", 1)
                .then().statusCode(400)
                .body("violations.field", contains("attributes.subtype", "attributes.setting", "attributes.colour"));
        as(counsellor).contentType("application/json").body("{\"typeId\":\"buddy\",\"offerId\":" + offer + "}")
                .post("/trajectories/" + trajectory + "/placements").then().statusCode(400)
                .body("violations.field", contains("buddyId", "offerId"));
        long buddy = buddy(1);
        as(counsellor).contentType("application/json").body("{\"typeId\":\"buddy\",\"buddyId\":" + buddy
                        + ",\"attributes\":{\"buddy\":\"999\",\"meetingRhythm\":\"weekly\",\"sharedLanguages\":[\"nl\"]}}")
                .post("/trajectories/" + trajectory + "/placements").then().statusCode(400)
                .body("violations.field", contains("attributes.buddy"))
                .body("violations.code", contains("reference-mismatch"));
        as(counsellor).get("/trajectories/" + trajectory + "/placements").then().body("totalItems", is(0));
        as(counsellor).get("/offers/" + offer).then().body("placesTaken", is(0));
        placeInOffer(counsellor, trajectory, "alternative", 999999999L, CONVERSATION, 1).then().statusCode(400)
                .body("violations.code", contains("unknown-offer"));
    }

    @Test
    void aReferralTakesTheTrajectoryAndItsHoursToTheNewNetwork() {
        Session westhoek = counsellor("westhoek");
        Session limburg = counsellor("limburg");
        long trajectory = activeTrajectory(westhoek, "Verhuis");
        long group = placeInOffer(westhoek, trajectory, "alternative",
                offer(organisation("Club"), "alternative", "conversation-group", 3), CONVERSATION, 10).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long entry = reported(westhoek, trajectory, group, TODAY.minusDays(2), "4");
        as(westhoek).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
        as(limburg).get("/trajectories/" + trajectory).then().statusCode(404);
        as(westhoek).contentType("application/json").body("{\"municipalityNis\":\"" + GENK + "\"}")
                .post("/trajectories/" + trajectory + "/referral").then().statusCode(400)
                .body("violations.field", contains("motivation"));
        as(westhoek).contentType("application/json").body("{\"municipalityNis\":\"" + GENK
                        + "\",\"motivation\":\"Verhuisd naar Genk voor werk\",\"handoverNote\":\"Praat graag over koken\"}")
                .post("/trajectories/" + trajectory + "/referral").then().statusCode(200)
                .body("fromNetwork", equalTo("westhoek")).body("toNetwork", equalTo("limburg"));
        as(westhoek).get("/trajectories/" + trajectory).then().statusCode(404);
        as(limburg).get("/trajectories/" + trajectory).then().statusCode(200)
                .body("networkId", equalTo("limburg")).body("municipalityNis", equalTo(GENK))
                .body("confirmedHours", is(4.0f)).body("status", equalTo("active"));
        as(limburg).get("/trajectories/" + trajectory + "/referrals").then().statusCode(200)
                .body("handoverNote", contains("Praat graag over koken"));
        long newcomer = as(limburg).get("/trajectories/" + trajectory).jsonPath().getLong("newcomerId");
        as(limburg).get("/newcomers/" + newcomer).then().statusCode(200).body("networkId", equalTo("limburg"));
        as(limburg).get("/trajectories/" + trajectory + "/hours").then().body("items.hours", contains(4.0f))
                .body("items.status", not(contains("pending")));
    }

    @Test
    void anOrganisationContactSeesOnlyItsOwnPlacementsAndTheFirstName() {
        Session counsellor = counsellor("westhoek");
        String first = "Omar" + unique();
        participates(IEPER);
        long newcomer = createNewcomer(as(counsellor), newcomer(first, IEPER, "running"));
        long trajectory = openTrajectory(as(counsellor), newcomer);
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);
        long mine = organisation("Eigen");
        long other = organisation("Ander");
        long minePlacement = placeInOffer(counsellor, trajectory, "alternative",
                offer(mine, "alternative", "conversation-group", 2), CONVERSATION, 10).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long otherPlacement = placeInOffer(counsellor, trajectory, "alternative",
                offer(other, "alternative", "conversation-group", 2), CONVERSATION, 10).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long mineEntry = reported(counsellor, trajectory, minePlacement, TODAY.minusDays(2), "3");
        long otherEntry = reported(counsellor, trajectory, otherPlacement, TODAY.minusDays(2), "2");
        Session contact = user("contact", "\"role\":\"organisation-contact\",\"organisationId\":" + mine);
        as(contact).get("/trajectories/" + trajectory).then().statusCode(200).body("minimal", is(true))
                .body("newcomerFirstName", equalTo(first)).body("newcomerLastName", nullValue())
                .body("newcomerId", nullValue()).body("counsellor", nullValue());
        as(contact).get("/trajectories/" + trajectory + "/placements").then().statusCode(200)
                .body("items.id", contains((int) minePlacement));
        as(contact).get("/trajectories/" + trajectory + "/hours").then().statusCode(200)
                .body("items.id", contains((int) mineEntry));
        as(contact).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + otherEntry + "/decision").then().statusCode(404);
        as(contact).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + mineEntry + "/decision").then().statusCode(200)
                .body("entry.decidedAs", equalTo("contact-person"));
        as(contact).get("/newcomers/" + newcomer).then().statusCode(404);
        as(contact).get("/trajectories/" + trajectory + "/certificate").then().statusCode(403);
        as(contact).contentType("application/json").body("{\"placementId\":" + minePlacement + ",\"date\":\""
                + TODAY.minusDays(1) + "\",\"hours\":1}").post("/trajectories/" + trajectory + "/hours").then()
                .statusCode(403);
        Session stranger = user("contact", "\"role\":\"organisation-contact\",\"organisationId\":" + other
                + "");
        as(stranger).get("/trajectories/" + trajectory + "/hours").then().statusCode(200)
                .body("items.id", contains((int) otherEntry));
    }
}
