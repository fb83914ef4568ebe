package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The offer catalogue in the browser: a coordinator creates an offer for a partner organisation found by name (zero
 * places is refused at its field, nothing typed lost), and finds it again with a Dutch search ("fietsen" finds
 * "Fietsles") and the type filter.
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
}
