package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The newcomer's own progress link (issue 17): made by the counsellor in the newcomer's language, opened without an
 * account, showing one trajectory's hours and nothing else personal; revoked and expired links 410 with their reason,
 * unknown tokens 404; nobody out of scope makes or revokes one; erasing the newcomer deletes their links.
 */
@Fixtures(ProgressLinkFixture.class)
class ProgressLinksIT extends PlacementTestSupport {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 2625);
    private static final Set<String> FIELDS = Set.of("firstName", "language", "status", "targetHours",
            "confirmedHours", "pendingHours", "remainingHours", "activities", "expiresAt");
    private static final Set<String> ACTIVITY_FIELDS = Set.of("title", "typeLabel", "categoryLabel",
            "confirmedHours", "pendingHours", "lastDay");

    private record Made(long trajectory, long newcomer, String lastName, String offerTitle) {
    }

    /** A trajectory with an offer placement: 3 hours confirmed by the contact person, 2 still pending. */
    private Made trajectoryWithHours(Session counsellor, String firstName) {
        participates(IEPER);
        String lastName = "Achternaam" + unique();
        long newcomer = createNewcomer(as(counsellor), newcomer(firstName, IEPER, "running")
                .replaceFirst("\"lastName\":\"[^\"]*\"", "\"lastName\":\"" + lastName + "\""));
        long trajectory = openTrajectory(as(counsellor), newcomer);
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);
        String title = "Praatgroep " + firstName + " " + unique();
        long offer = api().contentType("application/json").body("{\"organisationId\":" + organisation("Praatclub")
                        + ",\"trajectoryTypeId\":\"alternative\",\"reportingCategory\":\"conversation-group\",\"title\":"
                        + "\"" + title + "\",\"municipalityNis\":\"" + IEPER + "\",\"requiredLevel\":"
                        + "\"A1\",\"capacity\":5,\"status\":\"published\",\"contact\":{\"name\":\"Els Contact\","
                        + "\"email\":\"els.contact@example.org\"}}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
        long placement = placeInOffer(counsellor, trajectory, "alternative", offer, CONVERSATION, 20).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        reported(counsellor, trajectory, placement, TODAY.minusDays(5), "3");
        String confirmation = as(counsellor).contentType("application/json").body("{}").post("/trajectories/"
                + trajectory + "/placements/" + placement + "/confirmation-links").then().statusCode(201).extract()
                .jsonPath().getString("token");
        anonymous().contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/public/confirmations/" + confirmation).then().statusCode(200);
        reported(counsellor, trajectory, placement, TODAY.minusDays(2), "2");
        return new Made(trajectory, newcomer, lastName, title);
    }

    private JsonPath link(Session as, long trajectory, String language) {
        return as(as).contentType("application/json").body("{\"language\":\"" + language + "\"}")
                .post("/trajectories/" + trajectory + "/progress-links").then().statusCode(201).extract().jsonPath();
    }

    private static String token(JsonPath made) {
        String url = made.getString("url");
        assertThat(url).contains("/aanbod/#/progress/");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void theNewcomerSeesTheirOwnHoursAndNothingElsePersonal() {
        Session counsellor = counsellor("westhoek");
        Made amal = trajectoryWithHours(counsellor, "Amal");
        Made boris = trajectoryWithHours(counsellor, "Boris");

        JsonPath made = link(counsellor, amal.trajectory(), "ar");
        assertThat(made.getString("language")).isEqualTo("ar");
        assertThat(made.getString("expiresAt")).isNotBlank();
        assertThat(made.getString("qrPath")).startsWith("/api/v1/public/progress/");
        assertThat((Object) made.get("mail")).isNull();
        assertThat(made.getMap("$").keySet()).doesNotContain("token");
        String token = token(made);

        Response page = anonymous().get("/public/progress/" + token);
        page.then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("firstName", equalTo("Amal")).body("language", equalTo("ar")).body("status", equalTo("active"))
                .body("targetHours", is(40.0f)).body("confirmedHours", is(3.0f)).body("pendingHours", is(2.0f))
                .body("remainingHours", is(37.0f)).body("activities", hasSize(1))
                .body("activities[0].title", equalTo(amal.offerTitle()))
                .body("activities[0].typeLabel", notNullValue()).body("activities[0].categoryLabel", notNullValue())
                .body("activities[0].confirmedHours", is(3.0f)).body("activities[0].pendingHours", is(2.0f))
                .body("activities[0].lastDay", equalTo(TODAY.minusDays(2).toString()))
                .body("expiresAt", notNullValue());
        Map<String, Object> body = page.jsonPath().getMap("$");
        assertThat(body.keySet()).isEqualTo(FIELDS);
        assertThat(page.jsonPath().getMap("activities[0]").keySet()).isEqualTo(ACTIVITY_FIELDS);
        // nothing else personal: no last name, address, contact, counsellor, dates of the integration contract
        String text = page.asString();
        assertThat(text).doesNotContain(amal.lastName(), "example.org", "Els Contact", "counsellor-westhoek",
                "2025-01-15", IEPER, "Ieper", "obliged", "cooking", "wed-afternoon");
        // the token of A never shows B's
        assertThat(text).doesNotContain("Boris", boris.offerTitle(), boris.lastName());

        // the labels in English when asked; a label language that is not one of ours falls back on the link's
        anonymous().get("/public/progress/" + token + "?lang=en").then().statusCode(200)
                .body("language", equalTo("ar"));
        anonymous().get("/public/progress/" + token + "?lang=xx").then().statusCode(200);
        anonymous().get(made.getString("qrPath").replaceFirst("^/api/v1", "")).then().statusCode(200)
                .contentType("image/png").header("Cache-Control", containsString("no-store"));

        // B's own link shows B's hours, not A's
        String borisToken = token(link(counsellor, boris.trajectory(), "uk"));
        String other = anonymous().get("/public/progress/" + borisToken).then().statusCode(200)
                .body("firstName", equalTo("Boris")).body("activities[0].title", equalTo(boris.offerTitle()))
                .extract().asString();
        assertThat(other).doesNotContain("Amal", amal.offerTitle());

        // the counsellor's list: newest first, never the token
        as(counsellor).get("/trajectories/" + amal.trajectory() + "/progress-links").then().statusCode(200)
                .body("size()", is(1)).body("[0].state", equalTo("active")).body("[0].language", equalTo("ar"))
                .body("[0].id", is((int) made.getLong("id"))).body("[0].revokedAt", nullValue());
        assertThat(as(counsellor).get("/trajectories/" + amal.trajectory() + "/progress-links").asString())
                .doesNotContain(token);
    }

    @Test
    void unknownMalformedRevokedAndExpiredTokensSayWhyAndShowNothing() {
        Session counsellor = counsellor("westhoek");
        Made made = trajectoryWithHours(counsellor, "Chadi");
        anonymous().get("/public/progress/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404)
                .contentType("application/problem+json");
        anonymous().get("/public/progress/kort").then().statusCode(404);
        anonymous().get("/public/progress/%27%3B--drop").then().statusCode(404);
        anonymous().get("/public/progress/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/qr").then().statusCode(404);

        JsonPath first = link(counsellor, made.trajectory(), "nl");
        JsonPath second = link(counsellor, made.trajectory(), "fr");
        String path = "/trajectories/" + made.trajectory() + "/progress-links/";
        // a new link leaves the older one working
        anonymous().get("/public/progress/" + token(first)).then().statusCode(200);

        as(counsellor).delete(path + first.getLong("id")).then().statusCode(200).body("state", equalTo("revoked"))
                .body("revokedBy", startsWith("counsellor-westhoek")).body("revokedAt", notNullValue());
        Response revoked = anonymous().get("/public/progress/" + token(first));
        revoked.then().statusCode(410).contentType("application/problem+json").body("reason", equalTo("revoked"))
                .body("status", is(410));
        assertThat(revoked.asString()).doesNotContain("Chadi", made.offerTitle());
        anonymous().get(first.getString("qrPath").replaceFirst("^/api/v1", "")).then().statusCode(410);
        // revoking again changes nothing
        as(counsellor).delete(path + first.getLong("id")).then().statusCode(200).body("state", equalTo("revoked"));
        anonymous().get("/public/progress/" + token(second)).then().statusCode(200).body("language", equalTo("fr"));

        api().put("/test-fixtures/progress-links/" + second.getLong("id") + "/expired").then().statusCode(204);
        Response expired = anonymous().get("/public/progress/" + token(second));
        expired.then().statusCode(410).body("reason", equalTo("expired"));
        assertThat(expired.asString()).doesNotContain("Chadi");
        as(counsellor).get("/trajectories/" + made.trajectory() + "/progress-links").then()
                .body("state", contains("expired", "revoked"));
        // an expired link is not revoked afterwards
        as(counsellor).delete(path + second.getLong("id")).then().statusCode(200).body("state", equalTo("expired"));
    }

    @Test
    void badInputIsRefusedAtItsFieldAndAMailedLinkSaysWhereItWent() throws Exception {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Dana");
        String links = "/trajectories/" + trajectory + "/progress-links";
        as(counsellor).contentType("application/json").body("{}").post(links).then().statusCode(400)
                .body("violations.field", contains("language")).body("violations.code", contains("required"));
        as(counsellor).contentType("application/json").body("{\"language\":\"de\"}").post(links).then()
                .statusCode(400).body("violations.code", contains("unknown-language"));
        as(counsellor).contentType("application/json").body("{\"language\":\"tr\",\"email\":\"dana-at-home\"}")
                .post(links).then().statusCode(400).body("violations.field", contains("email"));
        as(counsellor).contentType("application/json").body("{\"language\":[\"tr\"]}").post(links).then()
                .statusCode(400);
        as(counsellor).get(links).then().body("size()", is(0));

        String address = "dana." + unique() + "@example.org";
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String url = as(counsellor).contentType("application/json").body("{\"language\":\"fa\",\"email\":\""
                            + address + "\"}").post(links).then().statusCode(201).body("mail.recipient", equalTo(address))
                    .body("mail.status", equalTo("queued")).body("language", equalTo("fa")).extract().jsonPath()
                    .getString("url");
            assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
            MimeMessage mail = smtp.getReceivedMessages()[0];
            String body = mail.getContent().toString(); // decoded: the raw body breaks long lines (quoted-printable)
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(address);
            assertThat(mail.getSubject()).doesNotContain("Dana");
            assertThat(body).contains("Dag Dana", url, "/aanbod/#/progress/").doesNotContain("Test");
        } finally {
            smtp.stop();
        }
        as(counsellor).get(links).then().body("size()", is(1)).body("[0].emailedTo", equalTo(address))
                .body("[0].mailStatus", notNullValue());
    }

    @Test
    void nobodyOutOfScopeMakesListsOrRevokesALinkAndNoLinkIsRevokedThroughAnotherTrajectory() {
        Session counsellor = counsellor("westhoek");
        Session limburg = counsellor("limburg");
        Made ours = trajectoryWithHours(counsellor, "Emre");
        Made theirs = trajectoryWithHours(counsellor, "Farah");
        JsonPath link = link(counsellor, ours.trajectory(), "tr");
        String path = "/trajectories/" + ours.trajectory() + "/progress-links";

        as(limburg).contentType("application/json").body("{\"language\":\"nl\"}").post(path).then().statusCode(404);
        as(limburg).get(path).then().statusCode(404);
        as(limburg).delete(path + "/" + link.getLong("id")).then().statusCode(404);
        anonymous().contentType("application/json").body("{\"language\":\"nl\"}").post(path).then().statusCode(401);

        // the link of one trajectory cannot be revoked through another's path
        as(counsellor).delete("/trajectories/" + theirs.trajectory() + "/progress-links/" + link.getLong("id"))
                .then().statusCode(404);
        as(counsellor).delete(path + "/999999999").then().statusCode(404);
        as(counsellor).delete(path + "/abc").then().statusCode(404);
        anonymous().get("/public/progress/" + token(link)).then().statusCode(200).body("firstName", equalTo("Emre"));
        as(counsellor).get(path).then().body("[0].state", equalTo("active"));
    }

    @Test
    void aClosedTrajectoryShowsItsFinalStateAndErasureDeletesTheLinks() {
        Session counsellor = counsellor("westhoek");
        Made made = trajectoryWithHours(counsellor, "Goran");
        String token = token(link(counsellor, made.trajectory(), "en"));
        as(counsellor).contentType("application/json").body("{\"to\":\"stopped\",\"reason\":\"Werk gevonden\"}")
                .post("/trajectories/" + made.trajectory() + "/transitions").then().statusCode(200);
        anonymous().get("/public/progress/" + token).then().statusCode(200).body("status", equalTo("stopped"))
                .body("confirmedHours", is(3.0f)).body("firstName", equalTo("Goran"));
        // a link can still be made for a closed trajectory
        String later = token(link(counsellor, made.trajectory(), "nl"));
        anonymous().get("/public/progress/" + later).then().statusCode(200).body("status", equalTo("stopped"));

        // the newcomer's export lists the links (never a token)
        String export = api().get("/newcomers/" + made.newcomer() + "/export").then().statusCode(200)
                .body("trajectories[0].progressLinks", hasSize(2))
                .body("trajectories[0].progressLinks.language", contains("en", "nl")).extract().asString();
        assertThat(export).doesNotContain(token, later);

        api().post("/newcomers/" + made.newcomer() + "/erasure").then().statusCode(200);
        api().get("/newcomers/" + made.newcomer() + "/export").then().statusCode(200)
                .body("trajectories[0].progressLinks", hasSize(0));
        anonymous().get("/public/progress/" + token).then().statusCode(404);
        anonymous().get("/public/progress/" + later).then().statusCode(404);
        as(counsellor).get("/trajectories/" + made.trajectory() + "/progress-links").then().statusCode(200)
                .body("size()", is(0));
        as(counsellor).contentType("application/json").body("{\"language\":\"nl\"}")
                .post("/trajectories/" + made.trajectory() + "/progress-links").then().statusCode(409)
                .body("type", containsString("person-erased"));
    }
}
