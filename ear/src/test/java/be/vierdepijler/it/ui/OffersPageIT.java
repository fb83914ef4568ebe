package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The offer catalogue in the browser: a coordinator creates an offer for a partner organisation found by name (zero
 * places is refused at its field, nothing typed lost), and finds it again with a Dutch search ("fietsen" finds
 * "Fietsles") and the type filter; the network's coordinator approves an offer for the public finder with the
 * checklist (an incomplete one shown at its fields), the list shows it as publicly visible, a counsellor sees the
 * approval without the form, and the approval is withdrawn.
 */
class OffersPageIT extends BrowserTest {

    @Test
    void createsAnOfferAfterZeroPlacesIsShownAtItsFieldAndFindsItInDutch() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String organisation = "Fietsclub Zonnebeke " + suffix;
        api().contentType("application/json").body("{\"name\":\"" + organisation
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"33037\"}")
                .post("/organisations").then().statusCode(201);

        open("/offers/new");
        waitForText(By.cssSelector("main h1"), "Nieuw aanbod");
        type(By.id("organisationId"), "Zonnebeke " + suffix);
        find(By.cssSelector("#organisationId-matches .lookup__match")).click();
        assertThat(textOf(By.cssSelector("[data-testid=organisationId-chosen]"))).contains(organisation)
                .contains("Zonnebeke");
        String title = "Fietsles voor beginners " + suffix;
        type(By.id("title"), title);
        type(By.id("description"), "Samen leren fietsen op het plein, met koffie achteraf.");
        choose(By.id("trajectoryTypeId"), "Alternatief traject");
        find(By.cssSelector("#reportingCategory option:nth-child(2)")).click();
        find(By.cssSelector("#requiredLevel option[value=A1]")).click();
        type(By.id("capacity"), "0");
        find(By.cssSelector("[data-testid=create]")).click();

        assertThat(errorAt("capacity")).isNotBlank();
        assertThat(valueOf(By.id("title"))).isEqualTo(title);
        assertThat(textOf(By.cssSelector("[data-testid=organisationId-chosen]"))).contains(organisation);

        type(By.id("capacity"), "6");
        find(By.cssSelector("[data-testid=create]")).click();
        waitForText(By.cssSelector("[data-testid=created]"), "opgeslagen");
        assertThat(heading()).isEqualTo(title);

        JsonPath stored = api().queryParam("q", suffix).get("/offers").jsonPath();
        assertThat(stored.getInt("totalItems")).isEqualTo(1);
        assertThat(stored.getString("items[0].organisationName")).isEqualTo(organisation);
        assertThat(stored.getInt("items[0].capacity")).isEqualTo(6);
        assertThat(stored.getString("items[0].municipalityNis")).isEqualTo("33037");

        open("/offers?q=fietsen " + suffix + "&type=alternative&status=");
        waitForText(By.cssSelector("[data-testid=offers] tbody"), title);
        assertThat(textOf(By.cssSelector("[data-testid=result-count]"))).contains("1");
        assertEveryTextTranslated();
    }

    @Test
    void theCoordinatorApprovesAnOfferForThePublicFinderWithTheChecklist() {
        String suffix = Long.toString(System.nanoTime(), 36);
        long organisation = api().contentType("application/json").body("{\"name\":\"Buurthuis " + suffix
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"33011\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        api().contentType("application/json").body("{\"publicListing\":true}")
                .put("/organisations/" + organisation + "/public-listing").then().statusCode(200);
        String title = "Praatgroep " + suffix;
        long offer = api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"alternative\",\"reportingCategory\":\"conversation-group\","
                        + "\"title\":\"" + title + "\",\"municipalityNis\":\"33011\",\"requiredLevel\":\"A1\","
                        + "\"capacity\":8,\"status\":\"published\",\"weekdays\":[\"tue\"]}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
        String coordinator = "coordinator." + suffix;
        String counsellor = "counsellor." + suffix;
        for (String[] user : new String[][] {{coordinator, "network-coordinator"}, {counsellor, "counsellor"}}) {
            api().contentType("application/json").body("{\"username\":\"" + user[0] + "\",\"displayName\":\""
                    + user[0] + "\",\"role\":\"" + user[1] + "\",\"networkIds\":[\"westhoek\"],\"password\":\""
                    + "offers-page-password-1\"}").post("/users").then().statusCode(201);
            signIn(user[0], "offers-page-password-1"); // replaces the password an administrator set, so that the
            // browser goes straight to the page
        }

        openAs(coordinator, "offers-page-password-1", "/offers/" + offer);
        waitForText(By.cssSelector("[data-testid=approval-state]"), "Niet goedgekeurd");
        assertThat(textOf(By.cssSelector("[data-testid=weekdays]"))).contains("dinsdag");
        click(By.cssSelector("label[for=approval-criteria-0]"));
        click(By.cssSelector("label[for=approval-criteria-1]"));
        type(By.id("approval-hours"), "8");
        click(By.cssSelector("[data-testid=approval-form] button[type=submit]"));
        assertThat(errorAt("approval-criteria")).contains("groep of in duo");
        assertThat(errorAt("approval-hours")).contains("10");
        assertThat(api().get("/offers/" + offer).jsonPath().getString("approval")).isNull();

        click(By.cssSelector("label[for=approval-criteria-2]"));
        type(By.id("approval-hours"), "12");
        click(By.cssSelector("[data-testid=approval-form] button[type=submit]"));
        waitForText(By.cssSelector("[data-testid=approval-state]"), "Goedgekeurd door " + coordinator);
        assertThat(textOf(By.cssSelector("[data-testid=approval-checklist]"))).contains("12");
        assertThat(api().get("/offers/" + offer).jsonPath().getInt("approval.hoursPossible")).isEqualTo(12);
        anonymous().get("/public/offers/" + offer).then().statusCode(200);
        assertThat(accessibilityViolations()).isEmpty();
        assertEveryTextTranslated();

        open("/offers?q=" + suffix + "&approved=true&status=");
        waitForText(By.cssSelector("[data-testid=offers] tbody"), title);
        assertThat(textOf(By.cssSelector("[data-testid=public-badge]"))).contains("publiek zichtbaar");

        openAs(counsellor, "offers-page-password-1", "/offers/" + offer);
        waitForText(By.cssSelector("[data-testid=approval-state]"), "Goedgekeurd door " + coordinator);
        assertThat(browser().findElements(By.cssSelector("[data-testid=approval-form]"))).isEmpty();

        openAs(coordinator, "offers-page-password-1", "/offers/" + offer);
        waitForText(By.cssSelector("[data-testid=approval-state]"), "Goedgekeurd");
        click(By.xpath("//section[@id='approval']//button[contains(., 'intrekken')]"));
        waitForText(By.cssSelector("[data-testid=approval-state]"), "Niet goedgekeurd");
        anonymous().get("/public/offers/" + offer).then().statusCode(404);
    }
}
