package be.vierdepijler.it.ui;

import static be.vierdepijler.it.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import be.vierdepijler.it.TestData;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A counsellor's whole day in the browser, in Dutch: the intake of a newcomer with the eligibility reasons, opening
 * and starting the trajectory, a placement through the form rendered from the type's schema (first refused, with the
 * API's error at the schema field, nothing typed lost), hours logged, the contact person confirming them through the
 * personal link on a phone without an account until the trajectory completes, and the certificate downloaded. And a
 * local officer who sees the newcomers of their own municipality only. And the newcomer's own progress link, made in
 * their language on the trajectory page and revoked there.
 */
class TrajectoryPagesIT extends BrowserTest {

    private static final String PASSWORD = "trajectory-pages-1";
    private static final String IEPER = "33011";
    private static final String POPERINGE = "33021";
    private static final String GENK = "71016";
    private static final DateTimeFormatter BELGIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    private final TestData data = new TestData(this::api);

    /** A user with a password of their own (not one an administrator set, which must be changed first). */
    private String user(String name, String scope) {
        String username = name + "." + unique();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\"," + scope + ",\"password\":\"initial-" + PASSWORD + "\"}").post("/users").then().statusCode(201);
        as(signIn(username, "initial-" + PASSWORD)).contentType("application/json")
                .body("{\"currentPassword\":\"initial-" + PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}")
                .put("/session/password").then().statusCode(204);
        return username;
    }

    private long newcomer(Session counsellor, String first, String last, String nis) {
        return as(counsellor).contentType("application/json").body("{\"firstName\":\"" + first + "\",\"lastName\":\""
                        + last + "\",\"integrationStatus\":\"entitled\",\"municipalityNis\":\"" + nis
                        + "\",\"dutchLevel\":\"A2\",\"referralChannel\":\"self\",\"integrationProgress\":\"running\","
                        + "\"consents\":{\"matching\":true}}")
                .post("/newcomers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aCounsellorTakesANewcomerFromIntakeToACertificateAndTheContactPersonConfirmsOnAPhone() throws Exception {
        data.takesPart(IEPER);
        String suffix = unique();
        long organisation = api().contentType("application/json").body("{\"name\":\"Vzw De Brug " + suffix
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + IEPER + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        String offerTitle = "Onthaal in het buurthuis " + suffix;
        api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"volunteering\",\"reportingCategory\":\"volunteering\",\"title\":\""
                        + offerTitle + "\",\"municipalityNis\":\"" + IEPER + "\",\"requiredLevel\":\"A1\","
                        + "\"capacity\":3,\"status\":\"published\",\"contact\":{\"name\":\"Els Claeys\","
                        + "\"email\":\"els@example.org\"}}")
                .post("/offers").then().statusCode(201);
        String counsellor = user("begeleider", "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]");
        String last = "Haddad" + suffix;

        // The intake: refused at first (no municipality), nothing typed lost; then registered, with the reasons.
        openAs(counsellor, PASSWORD, "/newcomers/new");
        waitForText(By.cssSelector("main h1"), "Nieuwe intake");
        type(By.id("firstName"), "Amina");
        type(By.id("lastName"), last);
        find(By.cssSelector("label[for=integrationStatus-0]")).click();
        find(By.cssSelector("#dutchLevel option[value=A2]")).click();
        choose(By.id("referralChannel"), "Agentschap Integratie en Inburgering");
        choose(By.id("integrationProgress"), "Inburgeringstraject loopt");
        type(By.id("languages"), "ar, fr");
        find(By.id("slot-sat-morning")).click();
        find(By.id("consent-matching")).click();
        find(By.cssSelector("[data-testid=create]")).click();
        assertThat(errorAt("municipalityNis")).contains("gemeente");
        assertThat(valueOf(By.id("lastName"))).isEqualTo(last);

        choose(By.id("municipalityNis"), "Ieper");
        find(By.cssSelector("[data-testid=create]")).click();
        waitForText(By.cssSelector("[data-testid=created]"), "geregistreerd");
        assertThat(heading()).isEqualTo("Amina " + last);
        // A counsellor may hand the person their data, not erase them (administrators and coordinators may).
        assertThat(browser().findElements(By.cssSelector("[data-testid=export]"))).hasSize(1);
        assertThat(browser().findElements(By.cssSelector("[data-testid=erase]"))).isEmpty();
        String eligibility = textOf(By.cssSelector("[data-testid=eligibility]"));
        assertThat(eligibility).contains("Woonplaats").contains("Ieper neemt deel aan het netwerk")
                .contains("Het inburgeringstraject loopt.");

        // The trajectory: opened, started.
        find(By.cssSelector("[data-testid=open-trajectory]")).click();
        waitForText(By.cssSelector("main h1"), "Traject van Amina " + last);
        find(By.cssSelector("[data-testid=start]")).click();
        waitForText(By.cssSelector("[data-testid=notice]"), "gestart");
        long trajectory = Long.parseLong(browser().getCurrentUrl().replaceAll(".*#/trajectories/(\\d+).*", "$1"));

        // A placement through the schema-rendered form: the role left out, the API's error at that field.
        choose(By.id("placement-type"), "Vrijwilligerswerk");
        type(By.id("placement-target"), "buurthuis " + suffix);
        find(By.cssSelector("#placement-target-matches .lookup__match")).click();
        waitForText(By.cssSelector("[data-testid=placement-target-chosen]"), offerTitle);
        type(By.id("placement-startDate"), TODAY.minusDays(10).format(BELGIAN));
        find(By.cssSelector("[data-testid=add-placement]")).click();
        assertThat(errorAt("placement-role")).isNotBlank();
        assertThat(find(By.cssSelector("#placement-form .error-summary")).getText()).isNotBlank();
        assertThat(valueOf(By.id("placement-startDate"))).isEqualTo(TODAY.minusDays(10).format(BELGIAN));
        type(By.id("placement-role"), "Onthaal en koffie");
        find(By.cssSelector("label[for=placement-insuranceConfirmed-0]")).click();
        find(By.cssSelector("[data-testid=add-placement]")).click();
        waitForText(By.cssSelector("[data-testid=placements] tbody"), offerTitle);
        JsonPath placements = api().get("/trajectories/" + trajectory + "/placements").jsonPath();
        assertThat(placements.getString("items[0].attributes.role")).isEqualTo("Onthaal en koffie");
        long placement = placements.getLong("items[0].id");

        // Hours: one day through the form; a day in the future is refused at its field.
        choose(By.id("placementId"), offerTitle);
        type(By.id("date"), TODAY.plusDays(2).format(BELGIAN));
        type(By.id("hours"), "8");
        find(By.cssSelector("[data-testid=log-hours]")).click();
        assertThat(errorAt("date")).isNotBlank();
        type(By.id("date"), TODAY.minusDays(1).format(BELGIAN));
        find(By.cssSelector("[data-testid=log-hours]")).click();
        waitForText(By.cssSelector("[data-testid=notice]"), "geregistreerd");
        assertThat(textOf(By.cssSelector("[data-testid=hours] tbody"))).contains("8,00").contains("Te bevestigen");
        Session asCounsellor = signIn(counsellor, PASSWORD);
        for (int day = 2; day <= 5; day++) {
            as(asCounsellor).contentType("application/json").body("{\"placementId\":" + placement + ",\"date\":\""
                    + TODAY.minusDays(day) + "\",\"hours\":8}").post("/trajectories/" + trajectory + "/hours")
                    .then().statusCode(201);
        }

        // The personal link for the contact person, with its QR code.
        open("/trajectories/" + trajectory);
        click(By.cssSelector("[data-testid=issue-link]"));
        String address = find(By.cssSelector("[data-testid=confirmation-address]")).getAttribute("href");
        assertThat(address).contains("#/confirm/");
        assertThat(textOf(By.cssSelector("[data-testid=confirmation-link]"))).contains("Els Claeys").contains("5");
        // The QR code is an image the server draws: it loads.
        waitUntil(d -> Boolean.TRUE.equals(script("const img = document.querySelector('[data-testid=confirmation-link] img');"
                + " return img.complete && img.naturalWidth > 0;")) ? true : null);

        // The contact person, on a phone, without an account: confirms the 40 hours.
        forgetSession();
        setWindowSize(390, 844);
        try {
            browser().get("about:blank");
            browser().get(address);
            waitForText(By.cssSelector("[data-testid=confirm-intro]"), "Amina");
            assertThat(browser().findElements(By.cssSelector("nav.nav"))).isEmpty();
            assertThat(textOf(By.cssSelector("[data-testid=confirm-intro]"))).doesNotContain(last);
            assertThat(textOf(By.cssSelector("[data-testid=confirm-total]"))).isEqualTo("40,00");
            find(By.cssSelector("[data-testid=confirm-hours]")).click();
            waitForText(By.cssSelector("[data-testid=outcome]"), "bevestigde 5 dag(en)");
            // The trajectory completed: its link is closed, and the page says why.
            browser().get("about:blank");
            browser().get(address);
            waitForText(By.cssSelector("[data-testid=link-gone]"), "afgesloten");
        } finally {
            setWindowSize(1366, 900);
        }

        // Completed by itself; the certificate downloads as a PDF.
        openAs(counsellor, PASSWORD, "/trajectories/" + trajectory);
        waitForText(By.cssSelector("main .lead"), "Voltooid");
        assertThat(textOf(By.cssSelector("[data-testid=progress]"))).contains("40,00 van 40,00 uur bevestigd");
        assertThat(textOf(By.cssSelector("[data-testid=hours-by-category]"))).contains("Vrijwilligerswerk")
                .contains("40,00");
        String certificate = find(By.cssSelector("[data-testid=certificate]")).getAttribute("href");
        Object download = asyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(async r => done(r.status + ' ' + r.headers.get('Content-Type') + ' '"
                + " + new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5))));", certificate);
        assertThat(download).isEqualTo("200 application/pdf %PDF-");
        assertEveryTextTranslated();
    }

    @Test
    void aContactPersonDecidesSomeDaysAndACounsellorRevokesALinkSentToTheWrongPerson() {
        data.takesPart(IEPER);
        String suffix = unique();
        long organisation = api().contentType("application/json").body("{\"name\":\"Vzw Het Anker " + suffix
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + IEPER + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        long offer = api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"volunteering\",\"reportingCategory\":\"volunteering\",\"title\":"
                        + "\"Soep op zaterdag " + suffix + "\",\"municipalityNis\":\"" + IEPER + "\",\"requiredLevel\":"
                        + "\"A1\",\"capacity\":3,\"status\":\"published\",\"contact\":{\"name\":\"Els Claeys\","
                        + "\"email\":\"els@example.org\"}}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
        String counsellor = user("begeleider", "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]");
        Session asCounsellor = signIn(counsellor, PASSWORD);
        long newcomer = newcomer(asCounsellor, "Samir", "Deel" + suffix, IEPER);
        long trajectory = as(asCounsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer
                + ",\"activate\":true}").post("/trajectories").then().statusCode(201).body("status", is("active"))
                .extract().jsonPath().getLong("id");
        long placement = as(asCounsellor).contentType("application/json").body("{\"typeId\":\"volunteering\","
                        + "\"offerId\":" + offer + ",\"startDate\":\"" + TODAY.minusDays(10) + "\",\"attributes\":"
                        + "{\"role\":\"Soep opdienen\",\"insuranceConfirmed\":true}}")
                .post("/trajectories/" + trajectory + "/placements").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        for (int day = 3; day >= 1; day--) {
            as(asCounsellor).contentType("application/json").body("{\"placementId\":" + placement + ",\"date\":\""
                    + TODAY.minusDays(day) + "\",\"hours\":" + (day + 1) + "}").post("/trajectories/" + trajectory
                    + "/hours").then().statusCode(201);
        }
        String links = "/trajectories/" + trajectory + "/placements/" + placement + "/confirmation-links";
        String wrong = as(asCounsellor).contentType("application/json").body("{}").post(links).then().statusCode(201)
                .extract().jsonPath().getString("token");
        String right = as(asCounsellor).contentType("application/json").body("{}").post(links).then().statusCode(201)
                .extract().jsonPath().getString("token");
        long wrongId = as(asCounsellor).get(links).then().extract().jsonPath().getLong("[1].id");

        // The counsellor sees both links and takes back the one sent to the wrong person.
        openAs(counsellor, PASSWORD, "/trajectories/" + trajectory);
        click(By.cssSelector("[data-testid=show-links]"));
        waitForText(By.cssSelector("[data-testid=link-list]"), "Els Claeys");
        assertThat(browser().findElements(By.cssSelector("[data-testid=link-list] tr[data-state=open]"))).hasSize(2);
        click(By.cssSelector("tr[data-link='" + wrongId + "'] [data-testid=revoke-link]"));
        waitUntil(ExpectedConditions.alertIsPresent()).accept();
        waitForText(By.cssSelector("[data-testid=notice]"), "ingetrokken");
        waitForText(By.cssSelector("tr[data-link='" + wrongId + "']"), "Ingetrokken");

        forgetSession();
        setWindowSize(390, 844);
        try {
            browser().get("about:blank");
            open("/confirm/" + wrong);
            waitForText(By.cssSelector("[data-testid=link-gone]"), "ingetrokken");

            // The right person confirms two of the three days; the third stays on the link.
            browser().get("about:blank");
            open("/confirm/" + right);
            waitForText(By.cssSelector("[data-testid=confirm-total]"), "9,00");
            assertThat(textOf(By.cssSelector("[data-testid=confirm-entries]"))).doesNotContain("Notitie");
            List<WebElement> days = browser().findElements(By.cssSelector("[data-testid=choose-entry]"));
            assertThat(days).hasSize(3);
            days.get(2).click();
            find(By.cssSelector("[data-testid=confirm-hours]")).click();
            waitForText(By.cssSelector("[data-testid=outcome]"), "2 dag(en)");
            assertThat(textOf(By.cssSelector("[data-testid=remaining]"))).contains("1 dag(en)");
            waitForText(By.cssSelector("[data-testid=confirm-total]"), "2,00");
            find(By.cssSelector("[data-testid=reject-hours]")).click();
            type(By.id("reason"), "Die dag was ze er niet");
            find(By.cssSelector("[data-testid=send-rejection]")).click();
            waitForText(By.cssSelector("[data-testid=outcome]"), "wees 1 dag(en) af");
            assertThat(browser().findElements(By.cssSelector("[data-testid=remaining]"))).isEmpty();
        } finally {
            setWindowSize(1366, 900);
        }
        as(asCounsellor).get("/trajectories/" + trajectory).then().body("confirmedHours", is(7.0f))
                .body("pendingHours", is(0.0f));
    }

    @Test
    void aCounsellorMakesTheNewcomersOwnProgressLinkInTheirLanguageAndRevokesIt() {
        data.takesPart(IEPER);
        String counsellor = user("begeleider", "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]");
        Session asCounsellor = signIn(counsellor, PASSWORD);
        long newcomer = newcomer(asCounsellor, "Rania", "Voortgang" + unique(), IEPER);
        long trajectory = as(asCounsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer
                + ",\"activate\":true}").post("/trajectories").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        openAs(counsellor, PASSWORD, "/trajectories/" + trajectory);
        waitForText(By.cssSelector("[data-testid=progress-link-list]"), "Nog geen link");
        choose(By.id("progress-language"), "Arabisch (العربية)");
        click(By.cssSelector("[data-testid=make-progress-link]"));
        String address = find(By.cssSelector("[data-testid=progress-address]")).getAttribute("href");
        assertThat(address).contains("/aanbod/#/progress/");
        assertThat(textOf(By.cssSelector("[data-testid=progress-link]"))).contains("Arabisch");
        String token = address.substring(address.lastIndexOf('/') + 1);
        anonymous().get("/public/progress/" + token).then().statusCode(200).body("firstName", is("Rania"))
                .body("language", is("ar"));
        waitForText(By.cssSelector("[data-testid=progress-link-list] tr[data-state=active]"), "Werkt tot");
        assertThat(accessibilityViolations()).as("WCAG 2.1 A/AA with a progress link made").isEmpty();

        click(By.cssSelector("[data-testid=revoke-progress-link]"));
        waitUntil(ExpectedConditions.alertIsPresent()).accept();
        waitForText(By.cssSelector("[data-testid=notice]"), "ingetrokken");
        waitForText(By.cssSelector("[data-testid=progress-link-list] tr[data-state=revoked]"), "Ingetrokken op");
        assertThat(browser().findElements(By.cssSelector("[data-testid=progress-address]"))).isEmpty();
        anonymous().get("/public/progress/" + token).then().statusCode(410).body("reason", is("revoked"));

        // a wrong e-mail address is refused at its field, and nothing is made
        type(By.id("progress-email"), "rania-at-home");
        click(By.cssSelector("[data-testid=make-progress-link]"));
        assertThat(errorAt("progress-email")).isNotBlank();
        assertThat(browser().findElements(By.cssSelector("[data-testid=progress-link-list] tbody tr"))).hasSize(1);
    }

    @Test
    void aLocalOfficerSeesTheNewcomersOfTheirOwnMunicipalityOnly() {
        data.takesPart(IEPER); // Poperinge need not take part: an intake is recorded whatever the rules answer
        String suffix = unique();
        String counsellor = user("begeleider", "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]");
        Session asCounsellor = signIn(counsellor, PASSWORD);
        newcomer(asCounsellor, "Yonas", "Ieper" + suffix, IEPER);
        long elsewhere = newcomer(asCounsellor, "Samir", "Poperinge" + suffix, POPERINGE);
        String officer = user("ambtenaar", "\"role\":\"local-officer\",\"municipalityNis\":\"" + IEPER + "\"");

        openAs(officer, PASSWORD, "/newcomers?q=" + suffix);
        waitForText(By.cssSelector("[data-testid=result-count]"), "1 inburgeraar gevonden");
        assertThat(textOf(By.cssSelector("[data-testid=newcomers] tbody"))).contains("Yonas Ieper" + suffix)
                .doesNotContain("Poperinge" + suffix);
        assertThat(browser().findElements(By.cssSelector("[data-testid=new-newcomer]"))).isEmpty();

        open("/newcomers/" + elsewhere);
        waitForText(By.cssSelector("main [role=alert]"), "Niet gevonden");
        assertThat(browser().getPageSource()).doesNotContain("Poperinge" + suffix);
    }

    @Test
    void aCounsellorChangesThePlanAndRefersTheTrajectoryToTheNetworkTheNewcomerMovedTo() {
        data.takesPart(IEPER);
        String suffix = unique();
        String counsellor = user("begeleider", "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]");
        Session asCounsellor = signIn(counsellor, PASSWORD);
        long newcomer = newcomer(asCounsellor, "Noor", "Verhuis" + suffix, IEPER);
        long trajectory = as(asCounsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer + "}")
                .post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");

        openAs(counsellor, PASSWORD, "/trajectories/" + trajectory);
        find(By.cssSelector("[data-testid=edit-plan]")).click();
        type(By.id("targetHours"), "30");
        find(By.cssSelector("[data-testid=save-plan]")).click();
        assertThat(errorAt("targetReason")).isNotBlank();
        assertThat(valueOf(By.id("targetHours"))).isEqualTo("30");
        type(By.id("targetReason"), "Werkt voltijds; afgesproken met het agentschap.");
        find(By.cssSelector("[data-testid=save-plan]")).click();
        waitForText(By.cssSelector("[data-testid=notice]"), "bewaard");
        assertThat(waitForText(By.cssSelector("[data-testid=plan]"), "30,00")).contains("voltijds");

        find(By.cssSelector("[data-testid=refer]")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#municipalityNis option")).size() > 300 ? true : null);
        find(By.cssSelector("#municipalityNis option[value='" + GENK + "']")).click();
        find(By.cssSelector("[data-testid=send-referral]")).click();
        assertThat(errorAt("motivation")).isNotBlank();
        type(By.id("motivation"), "Verhuisd naar Genk.");
        type(By.id("handoverNote"), "Spreekt graag Frans; zoekt een buddy.");
        find(By.cssSelector("[data-testid=send-referral]")).click();
        waitForText(By.cssSelector("[data-testid=referred]"), "limburg");

        assertThat(as(asCounsellor).get("/trajectories/" + trajectory).statusCode()).isEqualTo(404);
        JsonPath moved = api().get("/trajectories/" + trajectory).jsonPath();
        assertThat(moved.getString("networkId")).isEqualTo("limburg");
        assertThat(moved.getString("targetHours")).startsWith("30");
    }
}
