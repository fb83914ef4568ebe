package be.vierdepijler.it.ui;

import static be.vierdepijler.it.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.it.TestData;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A counsellor sends the contact person the confirmation link by e-mail from the trajectory page, and sees it leave:
 * the mail arrives at a real SMTP server in this JVM (GreenMail on {@code it.smtp.port}), and the placement's list of
 * links says it was sent.
 */
class LinkMailPageIT extends BrowserTest {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 2625);
    private static final String IEPER = "33011";
    private static final String PASSWORD = "link-mail-page-1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    private final TestData data = new TestData(this::api);
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
    void aCounsellorMailsTheLinkAndSeesItSent() throws Exception {
        data.takesPart(IEPER);
        String suffix = unique();
        String address = "els." + suffix + "@example.org";
        long organisation = api().contentType("application/json").body("{\"name\":\"Vzw Post " + suffix
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + IEPER + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        long offer = api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"volunteering\",\"reportingCategory\":\"volunteering\",\"title\":"
                        + "\"Krantjes rondbrengen " + suffix + "\",\"municipalityNis\":\"" + IEPER + "\",\"requiredLevel\":"
                        + "\"A1\",\"capacity\":3,\"status\":\"published\",\"contact\":{\"name\":\"Els Claeys\","
                        + "\"email\":\"" + address + "\"}}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
        String username = "begeleider." + suffix;
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"Begeleider\","
                + "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"],\"password\":\"initial-" + PASSWORD + "\"}")
                .post("/users").then().statusCode(201);
        Session counsellor = signIn(username, "initial-" + PASSWORD);
        as(counsellor).contentType("application/json").body("{\"currentPassword\":\"initial-" + PASSWORD
                + "\",\"newPassword\":\"" + PASSWORD + "\"}").put("/session/password").then().statusCode(204);
        long newcomer = as(counsellor).contentType("application/json").body("{\"firstName\":\"Noor\",\"lastName\":"
                        + "\"Post" + suffix + "\",\"integrationStatus\":\"entitled\",\"municipalityNis\":\"" + IEPER
                        + "\",\"dutchLevel\":\"A2\",\"referralChannel\":\"self\",\"integrationProgress\":\"running\"}")
                .post("/newcomers").then().statusCode(201).extract().jsonPath().getLong("id");
        long trajectory = as(counsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer
                + ",\"activate\":true}").post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        long placement = as(counsellor).contentType("application/json").body("{\"typeId\":\"volunteering\","
                        + "\"offerId\":" + offer + ",\"startDate\":\"" + TODAY.minusDays(10) + "\",\"attributes\":"
                        + "{\"role\":\"Kranten\",\"insuranceConfirmed\":true}}")
                .post("/trajectories/" + trajectory + "/placements").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(counsellor).contentType("application/json").body("{\"placementId\":" + placement + ",\"date\":\""
                + TODAY.minusDays(2) + "\",\"hours\":3}").post("/trajectories/" + trajectory + "/hours").then()
                .statusCode(201);

        openAs(username, PASSWORD, "/trajectories/" + trajectory);
        click(By.cssSelector("[data-testid=mail-link]"));
        waitForText(By.cssSelector("[data-testid=notice]"), "wordt gemaild naar " + address);
        waitForText(By.cssSelector("[data-testid=link-list]"), "gemaild naar " + address);

        smtp.waitForIncomingEmail(20_000, 1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("Beste Els Claeys", "Noor");
        // the list, shown again, says the mail left
        for (int i = 0; i < 20 && !textOf(By.cssSelector("[data-testid=link-list]")).contains("Verzonden"); i++) {
            click(By.cssSelector("[data-testid=show-links]"));
            click(By.cssSelector("[data-testid=show-links]"));
            Thread.sleep(500);
        }
        assertThat(textOf(By.cssSelector("[data-testid=link-mail]"))).contains("Verzonden");
        assertThat(accessibilityViolations()).isEmpty();
        assertEveryTextTranslated();
    }
}
