package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A contact person gets their confirmation link by e-mail, through the outbox and a real SMTP server in this JVM
 * (GreenMail on {@code it.smtp.port}); a week later, with hours still pending, a reminder with a new link that replaces
 * the old one, sent once even when two runs race; without a mail server nothing is lost and the counsellor is told to
 * pass the link on by hand.
 */
@Fixtures(LinkMailFixture.class)
class LinkMailIT extends PlacementTestSupport {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 2625);
    private static final Pattern TOKEN = Pattern.compile("#/confirm/([A-Za-z0-9_-]{20,100})");

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theLinkGoesToTheContactPersonByMailOnceAndTheCounsellorSeesItLeave() throws Exception {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Mailtje");
        long placement = placement(counsellor, trajectory, "{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}");
        reported(counsellor, trajectory, placement, TODAY.minusDays(3), "3");
        reported(counsellor, trajectory, placement, TODAY.minusDays(2), "2");
        String address = "els." + unique() + "@example.org";
        String links = "/trajectories/" + trajectory + "/placements/" + placement + "/confirmation-links";

        JsonPath made = as(counsellor).contentType("application/json").body("{\"send\":\"email\",\"email\":\""
                + address + "\"}").post(links).then().statusCode(201).body("mail.recipient", equalTo(address))
                .body("mail.status", equalTo("queued")).body("entries", is(2)).extract().jsonPath();
        MimeMessage mail = onlyMailTo(address);
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).startsWith("Uren bevestigen voor 'Aanbod alternative").doesNotContain("Mailtje");
        assertThat(body).contains("Beste Els Contact", "Mailtje", "Er staan 2 dagen open")
                .contains("#/confirm/" + made.getString("token"));
        anonymous().get("/public/confirmations/" + token(body)).then().statusCode(200).body("entries.hours",
                contains(3.0f, 2.0f));

        // the counsellor sees it leave; and it went once
        JsonPath listed = awaitMailStatus(counsellor, links, "sent");
        assertThat(listed.getString("[0].emailedTo")).isEqualTo(address);
        assertThat(listed.getInt("[0].mail.attempts")).isEqualTo(1);
        Thread.sleep(Duration.ofSeconds(6).toMillis());
        assertThat(mailsTo(address)).hasSize(1);

        // wrong input, at its field, and nothing made
        as(counsellor).contentType("application/json").body("{\"send\":\"email\",\"email\":\"els-at-example\"}")
                .post(links).then().statusCode(400).body("violations.field", contains("email"))
                .body("violations.code", contains("not-an-address"));
        as(counsellor).contentType("application/json").body("{\"send\":\"fax\"}").post(links).then().statusCode(400)
                .body("violations.field", contains("send"));
        as(counsellor).contentType("application/json").body("{\"email\":\"" + address + "\"}").post(links).then()
                .statusCode(400).body("violations.field", contains("send"));
        long withoutAddress = placement(counsellor, trajectory, "{\"name\":\"Jan Zonder Mail\"}");
        reported(counsellor, trajectory, withoutAddress, TODAY.minusDays(1), "1");
        as(counsellor).contentType("application/json").body("{\"send\":\"email\"}").post("/trajectories/"
                + trajectory + "/placements/" + withoutAddress + "/confirmation-links").then().statusCode(400)
                .body("violations.field", contains("email")).body("violations.code", contains("required"));
        as(counsellor).get(links).then().body("size()", is(1));
    }

    @Test
    void aWeekLaterAReminderWithANewLinkReplacesTheOldOneOnceEvenWhenTwoRunsRace() throws Exception {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Vergeten");
        long placement = placement(counsellor, trajectory, "{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}");
        reported(counsellor, trajectory, placement, TODAY.minusDays(9), "4");
        String address = "herinnering." + unique() + "@example.org";
        String links = "/trajectories/" + trajectory + "/placements/" + placement + "/confirmation-links";
        long first = as(counsellor).contentType("application/json").body("{\"send\":\"email\",\"email\":\""
                + address + "\"}").post(links).then().statusCode(201).extract().jsonPath().getLong("id");
        String firstToken = token(GreenMailUtil.getBody(onlyMailTo(address)));
        reported(counsellor, trajectory, placement, TODAY.minusDays(1), "2");

        // not yet a week: no reminder
        api().post("/confirmation-reminders").then().statusCode(200);
        as(counsellor).post("/confirmation-reminders").then().statusCode(403);
        Thread.sleep(Duration.ofSeconds(3).toMillis());
        assertThat(mailsTo(address)).hasSize(1);

        api().contentType("text/plain").body("8").put("/test-fixtures/link-mail/links/" + first + "/days-old").then()
                .statusCode(204);
        List<Integer> sent = Arrays.asList(runReminders(), runReminders()).stream().map(CompletableFuture::join)
                .toList();
        assertThat(sent).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(0));
        smtp.waitForIncomingEmail(20_000, 2);
        List<MimeMessage> both = mailsTo(address);
        assertThat(both).hasSize(2);
        MimeMessage reminder = both.get(1);
        assertThat(reminder.getSubject()).startsWith("Herinnering");
        String body = GreenMailUtil.getBody(reminder);
        assertThat(body).contains("Er staan 2 dagen open").contains("de vorige werkt niet meer");
        String newToken = token(body);
        assertThat(newToken).isNotEqualTo(firstToken);

        anonymous().get("/public/confirmations/" + firstToken).then().statusCode(410)
                .body("detail", containsString("herinnering"));
        anonymous().get("/public/confirmations/" + newToken).then().statusCode(200).body("entries.hours",
                contains(4.0f, 2.0f));
        as(counsellor).get(links).then().body("state", contains("open", "closed"))
                .body("[0].reminderOf", is((int) first)).body("[1].closedReason", equalTo("replaced"))
                .body("[0].emailedTo", equalTo(address));

        // a reminder is not reminded again, nor is the replaced link
        api().post("/confirmation-reminders").then().statusCode(200);
        Thread.sleep(Duration.ofSeconds(3).toMillis());
        assertThat(mailsTo(address)).hasSize(2);
    }

    @Test
    void withoutAMailServerNothingIsSentAndTheCounsellorPassesTheLinkOnByHand() throws Exception {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Zonder");
        long placement = placement(counsellor, trajectory, "{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}");
        reported(counsellor, trajectory, placement, TODAY.minusDays(2), "2");
        String address = "zonder." + unique() + "@example.org";
        String links = "/trajectories/" + trajectory + "/placements/" + placement + "/confirmation-links";
        String before = api().contentType("text/plain").body("").put("/test-fixtures/link-mail/smtp-host").then()
                .statusCode(200).extract().jsonPath().getString("before");
        assertThat(before).isNotBlank();
        JsonPath made;
        try {
            made = as(counsellor).contentType("application/json").body("{\"send\":\"email\",\"email\":\""
                    + address + "\"}").post(links).then().statusCode(201)
                    .body("mail.status", equalTo("not-configured")).extract().jsonPath();
        } finally {
            api().contentType("text/plain").body(before).put("/test-fixtures/link-mail/smtp-host").then()
                    .statusCode(200);
        }
        anonymous().get("/public/confirmations/" + made.getString("token")).then().statusCode(200);
        as(counsellor).get(links).then().body("[0].mail.status", equalTo("not-configured"))
                .body("[0].mail.sentAt", nullValue());
        Thread.sleep(Duration.ofSeconds(6).toMillis());
        assertThat(mailsTo(address)).isEmpty();
    }

    /** An alternative-activity placement in a new offer whose contact is {@code contactJson}. */
    private long placement(Session counsellor, long trajectory, String contactJson) {
        long offer = api().contentType("application/json").body("{\"organisationId\":" + organisation("Mailclub")
                        + ",\"trajectoryTypeId\":\"alternative\",\"reportingCategory\":\"conversation-group\",\"title\":"
                        + "\"Aanbod alternative " + unique() + "\",\"municipalityNis\":\"" + IEPER + "\",\"requiredLevel\":"
                        + "\"A1\",\"capacity\":5,\"status\":\"published\",\"contact\":" + contactJson + "}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
        return placeInOffer(counsellor, trajectory, "alternative", offer, CONVERSATION, 20).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private CompletableFuture<Integer> runReminders() {
        return CompletableFuture.supplyAsync(() -> api().post("/confirmation-reminders").then().statusCode(200)
                .extract().jsonPath().getInt("sent"));
    }

    private JsonPath awaitMailStatus(Session counsellor, String links, String status) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            JsonPath listed = as(counsellor).get(links).then().statusCode(200).extract().jsonPath();
            if (status.equals(listed.getString("[0].mail.status"))) {
                return listed;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the link's mail never reached " + status);
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        for (int i = 0; i < 60 && mailsTo(address).isEmpty(); i++) {
            smtp.waitForIncomingEmail(500, 1);
        }
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).as("mails to %s", address).hasSize(1);
        return mails.get(0);
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mine = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address))) {
                mine.add(m);
            }
        }
        return mine;
    }

    private static String token(String body) {
        Matcher m = TOKEN.matcher(body.replace("=\r\n", "").replace("=\n", ""));
        assertThat(m.find()).as("a link in %s", body).isTrue();
        return m.group(1);
    }
}
