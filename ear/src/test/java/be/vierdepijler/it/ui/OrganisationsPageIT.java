package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The organisations pages: registering an organisation with a contact person whose e-mail the API refuses (the error at
 * that contact's field, nothing typed lost), the list's search that ignores accents, and a change saved under
 * optimistic locking. Every test makes its own organisations, with a suffix no other run shares.
 */
class OrganisationsPageIT extends BrowserTest {

    private static final String POPERINGE = "33021";

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }

    @Test
    void registersAnOrganisationAfterTheContactsBadEmailIsShownAtItsField() {
        String name = "Café Samen " + suffix();
        open("/organisations");
        assertThat(heading()).isEqualTo("Partnerorganisaties");
        assertThat(find(By.cssSelector("nav.nav [aria-current=page]")).getText()).isEqualTo("Organisaties");
        find(By.cssSelector("[data-testid=new-organisation]")).click();
        waitForText(By.cssSelector("main h1"), "Nieuwe organisatie");

        type(By.id("name"), name);
        choose(By.id("kind"), "Vereniging");
        choose(By.id("network"), "Westhoek");
        waitUntil(d -> d.findElements(By.cssSelector("#municipalityNis option[value='" + POPERINGE + "']")).isEmpty() ? null : true);
        choose(By.id("municipalityNis"), "Poperinge");
        type(By.id("address"), "Grote Markt 1, 8970 Poperinge");
        find(By.cssSelector("[data-testid=add-contact]")).click();
        type(By.id("contacts-0-name"), "Els Vermeulen");
        type(By.id("contacts-0-email"), "els-at-example");
        find(By.cssSelector("[data-testid=create]")).click();

        assertThat(errorAt("contacts-0-email")).contains("Geen geldig e-mailadres");
        assertThat(fieldsWithErrors()).containsExactly("contacts-0-email");
        assertThat(find(By.cssSelector(".error-summary")).getText()).contains("Contactpersoon 1, E-mailadres");
        assertThat(valueOf(By.id("name"))).isEqualTo(name);
        assertThat(valueOf(By.id("address"))).isEqualTo("Grote Markt 1, 8970 Poperinge");
        assertThat(valueOf(By.id("contacts-0-name"))).isEqualTo("Els Vermeulen");
        assertThat(api().queryParam("q", name).get("/organisations").jsonPath().getInt("totalItems")).isZero();

        type(By.id("contacts-0-email"), "els@example.org");
        find(By.cssSelector("[data-testid=create]")).click();

        waitForText(By.cssSelector("[data-testid=created]"), "geregistreerd");
        assertThat(heading()).isEqualTo(name);
        assertThat(textOf(By.cssSelector("[data-testid=contacts]"))).contains("Els Vermeulen").contains("els@example.org");
        JsonPath stored = api().queryParam("q", name).get("/organisations").jsonPath();
        assertThat(stored.getInt("totalItems")).isEqualTo(1);
        assertThat(stored.getString("items[0].municipalityNis")).isEqualTo(POPERINGE);
        assertThat(stored.getString("items[0].contacts[0].email")).isEqualTo("els@example.org");
        assertThat(browser().getCurrentUrl()).contains("#/organisations/" + stored.getLong("items[0].id"));
    }

    @Test
    void searchesByNameWithoutAccentsAndSavesAChange() {
        String unique = suffix();
        long id = api().contentType("application/json").body("{\"name\":\"Buurthuis Élan " + unique
                        + "\",\"kind\":\"welfare\",\"municipalityNis\":\"" + POPERINGE + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");

        open("/organisations?q=elan%20" + unique);
        waitForText(By.cssSelector("[data-testid=result-count]"), "1 organisatie gevonden");
        assertThat(textOf(By.cssSelector("[data-testid=organisations] tbody"))).contains("Buurthuis Élan " + unique)
                .contains("Welzijnsorganisatie").contains("Poperinge").contains("Westhoek");
        find(By.linkText("Buurthuis Élan " + unique)).click();

        waitForText(By.cssSelector("main h1"), "Buurthuis Élan " + unique);
        type(By.id("description"), "Elke woensdag open voor iedereen.");
        find(By.cssSelector("[data-testid=save]")).click();
        waitForText(By.cssSelector("[data-testid=saved]"), "opgeslagen");
        assertThat(api().get("/organisations/" + id).jsonPath().getString("description"))
                .isEqualTo("Elke woensdag open voor iedereen.");
    }
}
