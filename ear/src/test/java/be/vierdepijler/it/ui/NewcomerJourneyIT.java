package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import be.vierdepijler.it.TestData;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The "done when", end to end in a real browser against the real server, nothing stubbed: a newcomer on a
 * phone, without an account and in Arabic, finds a conversation group near home, asks to take part; a counsellor finds
 * the request, takes the newcomer in through the new-newcomer form and opens an intake, starts the trajectory, and
 * makes the newcomer's own progress link in Arabic; after hours are recorded and partly confirmed, the newcomer
 * follows them on that link, right to left, on the phone. Every public page on the way passes the axe scan.
 *
 * <p>The offer is in Ieper, the newcomer lives in Poperinge (the same reference region, Westhoek): "near home" is the
 * finder's neighbouring-municipality filter doing its work.
 */
class NewcomerJourneyIT extends BrowserTest {

    private static final String IEPER = TestData.IEPER;
    private static final String POPERINGE = "33021";
    private static final String PASSWORD = "journey-password-1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void anArabicSpeakingNewcomerOnAPhoneFindsAGroupNearHomeIsTakenInAndFollowsTheirHours() {
        TestData data = new TestData(this::api);
        data.participates(IEPER);
        data.participates(POPERINGE);
        String word = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        long offer = data.publicOffer(data.listedOrganisation("Praatcafe " + word, IEPER), "Praatgroep " + word,
                IEPER, "weekdays", "[\"wed\"]");
        String counsellor = counsellor();

        // 1. The newcomer, on a phone and without an account, in Arabic: the finder, near home.
        String reference;
        setWindowSize(360, 740);
        try {
            openPublic("/", "ar");
            assertThat(browser().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            type(By.cssSelector("[data-testid=finder-q]"), word);
            choose(By.cssSelector("[data-testid=finder-municipality]"), "Poperinge");
            assertThat(find(By.cssSelector("[data-testid=finder-near]")).isSelected())
                    .as("near home is the default").isTrue();
            click(By.cssSelector("[data-testid=finder-search]"));
            WebElement card = find(By.cssSelector("[data-testid=offer-card][data-offer-id='" + offer + "']"));
            assertThat(card.findElement(By.cssSelector("[data-testid=offer-kind]")).getText())
                    .isEqualTo(text("ar", "kind.alternative") + " · " + text("ar", "category.conversation-group"));
            assertThat(card.findElement(By.cssSelector("[data-testid=offer-places]")).getAttribute("data-places"))
                    .isEqualTo("free");
            assertThat(accessibilityViolations()).as("the finder with its result, Arabic, phone").isEmpty();

            // 2. The offer, and "I want to take part".
            card.findElement(By.cssSelector("[data-testid=offer-link]")).click();
            waitForText(By.cssSelector("[data-testid=offer-title]"), word);
            type(By.id("firstName"), "Layla");
            choose(By.cssSelector("[data-testid=join-municipalityNis]"), "Poperinge");
            type(By.id("phone"), "0470 12 34 56");
            click(By.cssSelector("label[for=consent]"));
            assertThat(accessibilityViolations()).as("the offer and its form, Arabic, phone").isEmpty();
            click(By.cssSelector("[data-testid=join-send]"));
            find(By.cssSelector("[data-testid=join-thanks]"));
            assertThat(find(By.cssSelector("[data-testid=join-thanks]")).getAttribute("data-duplicate"))
                    .isEqualTo("false");
            reference = textOf(By.cssSelector("[data-testid=join-reference]")).strip();
            assertThat(reference).startsWith("AV-");
            assertThat(accessibilityViolations()).as("the thanks, Arabic, phone").isEmpty();
        } finally {
            setWindowSize(1366, 900);
        }
        // The request names the offer and was stored in Arabic, for the counsellors of Westhoek.
        JsonPath stored = api().get("/participation-requests?status=open&q=" + reference).then().statusCode(200)
                .extract().jsonPath();
        assertThat(stored.getLong("items[0].offerId")).isEqualTo(offer);
        assertThat(stored.getString("items[0].language")).isEqualTo("ar");
        assertThat(stored.getString("items[0].networkId")).isEqualTo("westhoek");

        // 3. The counsellor finds the request on the list and takes the newcomer in.
        openAs(counsellor, PASSWORD, "/requests?q=" + reference);
        waitForText(By.cssSelector("[data-testid=requests] tbody"), "Layla");
        find(By.linkText("Layla")).click();
        waitForText(By.cssSelector("main h1"), "Layla");
        click(By.cssSelector("[data-testid=intake]"));
        waitForText(By.cssSelector("[data-testid=intake-request]"), reference);
        assertThat(valueOf(By.id("firstName"))).isEqualTo("Layla");
        waitUntil(d -> POPERINGE.equals(d.findElement(By.id("municipalityNis")).getAttribute("value")) ? true : null);
        type(By.id("lastName"), "Reisiger" + TestData.unique());
        find(By.cssSelector("label[for=integrationStatus-1]")).click();
        choose(By.id("integrationProgress"), "Inburgeringstraject loopt");
        choose(By.id("dutchLevel"), "A1 – beginner");
        click(By.cssSelector("[data-testid=create]"));
        waitForText(By.cssSelector("[data-testid=created]"), "");
        long newcomer = Long.parseLong(browser().getCurrentUrl().replaceAll(".*#/newcomers/(\\d+).*", "$1"));
        JsonPath taken = api().get("/participation-requests?status=&q=" + reference).then().statusCode(200)
                .extract().jsonPath();
        assertThat(taken.getString("items[0].status")).isEqualTo("taken-in");
        assertThat(taken.getLong("items[0].newcomerId")).isEqualTo(newcomer);

        // The intake: a trajectory opened from the newcomer's page, then started.
        click(By.cssSelector("[data-testid=open-trajectory]"));
        waitUntil(d -> d.getCurrentUrl().matches(".*#/trajectories/\\d+.*") ? true : null);
        long trajectory = Long.parseLong(browser().getCurrentUrl().replaceAll(".*#/trajectories/(\\d+).*", "$1"));
        api().get("/trajectories/" + trajectory).then().statusCode(200).body("status", is("intake"))
                .body("newcomerId", is((int) newcomer));
        click(By.cssSelector("[data-testid=start]"));
        waitUntil(d -> "active".equals(api().get("/trajectories/" + trajectory).jsonPath().getString("status"))
                ? true : null);

        // Placed in the group she found; 2 + 3 hours confirmed, 2 waiting (recorded through the API as the
        // counsellor: the trajectory page's own forms have their own browser tests).
        Session asCounsellor = signIn(counsellor, PASSWORD);
        long placement = as(asCounsellor).contentType("application/json").body("{\"typeId\":\"alternative\","
                        + "\"offerId\":" + offer + ",\"startDate\":\"" + TODAY.minusDays(10) + "\",\"attributes\":"
                        + "{\"subtype\":\"conversation-group\",\"setting\":\"group\",\"groupSize\":8}}")
                .post("/trajectories/" + trajectory + "/placements").then().log().ifValidationFails().statusCode(201).extract().jsonPath()
                .getLong("id");
        confirm(asCounsellor, trajectory, hours(asCounsellor, trajectory, placement, 7, 2));
        confirm(asCounsellor, trajectory, hours(asCounsellor, trajectory, placement, 5, 3));
        hours(asCounsellor, trajectory, placement, 3, 2);

        // 4. The counsellor makes the newcomer's own link, in Arabic, on the trajectory page.
        open("/trajectories/" + trajectory);
        waitForText(By.cssSelector("[data-testid=progress-link-list]"), "Nog geen link");
        choose(By.id("progress-language"), "Arabisch (العربية)");
        click(By.cssSelector("[data-testid=make-progress-link]"));
        String address = find(By.cssSelector("[data-testid=progress-address]")).getAttribute("href");
        assertThat(address).startsWith(root() + "/aanbod/#/progress/");

        // 5. Later, the newcomer on the phone, with nothing but the link: her hours, in Arabic, right to left.
        forgetSession();
        setWindowSize(360, 740);
        try {
            browser().get("about:blank");
            browser().get(address);
            waitUntil(d -> d.findElements(By.cssSelector("[data-testid=progress-confirmed]")).isEmpty() ? null
                    : true);
            assertThat(browser().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
            assertThat(textOf(By.cssSelector("[data-testid=progress-hello]"))).contains("Layla");
            assertThat(textOf(By.cssSelector("[data-testid=progress-confirmed]")))
                    .isEqualTo(text("ar", "progress.confirmed").replace("{hours}", "5"));
            assertThat(textOf(By.cssSelector("[data-testid=progress-pending]")))
                    .isEqualTo(text("ar", "progress.pending").replace("{hours}", "2"));
            assertThat(textOf(By.cssSelector("[data-testid=progress-remaining]")))
                    .isEqualTo(text("ar", "progress.remaining").replace("{hours}", "35"));
            assertThat(textOf(By.cssSelector("[data-testid=progress-activities]"))).contains(word);
            assertThat(browser().getPageSource()).as("nothing of the counsellor's or of her last name")
                    .doesNotContain("Reisiger").doesNotContain(counsellor);
            assertThat(accessibilityViolations()).as("the progress page, Arabic, phone").isEmpty();
        } finally {
            setWindowSize(1366, 900);
        }
    }

    /** A counsellor of Westhoek who has chosen their password; the username. */
    private String counsellor() {
        String username = "begeleider." + TestData.unique();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"Begeleider"
                        + "\",\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"],\"password\":\"" + PASSWORD
                        + "\"}").post("/users").then().statusCode(201);
        signIn(username, PASSWORD);
        return username;
    }

    private long hours(Session as, long trajectory, long placement, int daysAgo, int hours) {
        return as(as).contentType("application/json").body("{\"placementId\":" + placement + ",\"date\":\""
                        + TODAY.minusDays(daysAgo) + "\",\"hours\":" + hours + "}")
                .post("/trajectories/" + trajectory + "/hours").then().log().ifValidationFails().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private void confirm(Session as, long trajectory, long entry) {
        as(as).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
    }

    /** A text of the public pages' bundle in that language. */
    private String text(String language, String key) {
        Map<String, Object> bundle = RestAssured.given().get(root() + "/aanbod/i18n/" + language + ".json").then()
                .statusCode(200).extract().jsonPath().getMap("$");
        assertThat(bundle).containsKey(key);
        return String.valueOf(bundle.get(key));
    }
}
