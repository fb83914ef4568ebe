package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The funding pages: an administrator registers a project under a call, tries to select it without an award (the
 * call's rule answers at the award), gives it an amount, selects it with a note and sees the step in its history.
 */
class FundingPagesIT extends BrowserTest {

    @Test
    void createsAProjectSelectsItWithAnAmountAndSeesTheHistory() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String reference = "oproep " + suffix;
        long call = api().contentType("application/json").body("{\"reference\":\"" + reference + "\",\"name\":"
                        + "\"Proeftuinen\",\"kind\":\"pilot-call\",\"funders\":[{\"funder\":\"AMIF\",\"sharePercent\":50},"
                        + "{\"funder\":\"VVSG\",\"sharePercent\":50}],\"totalBudget\":800000,\"maxPerProject\":40000}")
                .post("/funding/calls").then().statusCode(201).extract().jsonPath().getLong("id");
        String name = "Samen in Poperinge " + suffix;

        open("/funding/projects");
        assertThat(heading()).isEqualTo("Projecten");
        assertThat(find(By.cssSelector("nav.nav [aria-current=page]")).getText()).isEqualTo("Financiering");
        click(By.cssSelector("[data-testid=new-project]"));
        waitForText(By.cssSelector("main h1"), "Nieuw project");
        choose(By.id("callId"), reference + " · Proeftuinen");
        type(By.id("name"), name);
        type(By.id("leadName"), "Stad Poperinge");
        type(By.id("municipalityNis"), "33021");
        click(By.id("trajectoryTypeIds-0"));
        click(By.cssSelector("[data-testid=create]"));

        waitForText(By.cssSelector("[data-testid=created]"), "ingediend");
        assertThat(heading()).isEqualTo(name);
        JsonPath stored = api().get("/funding/projects?call=" + call).jsonPath();
        assertThat(stored.getInt("totalItems")).isEqualTo(1);
        long id = stored.getLong("items[0].id");
        assertThat(browser().getCurrentUrl()).contains("#/funding/projects/" + id);

        // selected without an amount: the call's rule refuses, nothing changes
        choose(By.id("status-to"), "Geselecteerd");
        click(By.cssSelector("[data-testid=change-status]"));
        waitForText(By.cssSelector("#status-form .error-summary"), "toegekend bedrag");
        assertThat(api().get("/funding/projects/" + id).jsonPath().getString("status")).isEqualTo("submitted");

        click(By.id("award-1"));
        type(By.id("awardedAmount"), "40.000,00");
        type(By.id("commitments"), "2020=20000 | 2021=20000");
        click(By.cssSelector("[data-testid=save]"));
        waitForText(By.cssSelector("[data-testid=saved]"), "opgeslagen");
        assertThat(textOf(By.cssSelector("[data-testid=award]"))).contains("40.000,00");
        assertThat(textOf(By.cssSelector("[data-testid=commitments]"))).contains("2020").contains("2021");

        choose(By.id("status-to"), "Geselecteerd");
        type(By.id("status-note"), "Jury van 15 augustus");
        click(By.cssSelector("[data-testid=change-status]"));
        waitForText(By.cssSelector("[data-testid=action-done]"), "gewijzigd");
        assertThat(textOf(By.cssSelector("[data-testid=status]"))).isEqualTo("Geselecteerd");
        assertThat(textOf(By.cssSelector("[data-testid=history] tbody"))).contains("Ingediend").contains("Geselecteerd")
                .contains("Jury van 15 augustus").contains("admin");
        JsonPath project = api().get("/funding/projects/" + id).jsonPath();
        assertThat(project.getString("status")).isEqualTo("selected");
        assertThat(project.getList("history.to")).containsExactly("submitted", "selected");
        assertThat(project.getDouble("awardedAmount")).isEqualTo(40000.0);
    }
}
