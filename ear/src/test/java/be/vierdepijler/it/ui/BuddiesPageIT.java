package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Buddies in the browser: a volunteer registers on the public form on a phone, without an account (consent to
 * matching is required: refused first, nothing typed lost); a coordinator finds the self-registration awaiting
 * screening, screens and trains the buddy, and the buddy becomes available.
 */
class BuddiesPageIT extends BrowserTest {

    @Test
    void aVolunteerRegistersOnAPhoneAndACoordinatorScreensAndTrainsThem() {
        String last = "Verstraete" + Long.toString(System.nanoTime(), 36);
        forgetSession();
        setWindowSize(390, 844);
        try {
            browser().get("about:blank");
            browser().get(root() + "/#/buddy-registration");
            waitForText(By.cssSelector("main h1"), "Word buddy");
            assertThat(browser().findElements(By.cssSelector("nav.nav"))).isEmpty();

            type(By.id("firstName"), "Lien");
            type(By.id("lastName"), last);
            type(By.id("email"), "lien@example.org");
            choose(By.id("municipalityNis"), "Poperinge");
            type(By.id("languages"), "nl, fr");
            find(By.cssSelector("label[for=interests-1]")).click();
            find(By.id("slot-wed-afternoon")).click();
            find(By.cssSelector("[data-testid=register]")).click();

            assertThat(find(By.cssSelector(".error-summary")).getText()).contains("Toestemming");
            assertThat(valueOf(By.id("lastName"))).isEqualTo(last);
            assertThat(find(By.id("slot-wed-afternoon")).isSelected()).isTrue();

            find(By.id("consent-matching")).click();
            find(By.cssSelector("[data-testid=register]")).click();
            String reference = waitForText(By.cssSelector("[data-testid=reference]"), "BD-");
            assertThat(reference).startsWith("BD-");
        } finally {
            setWindowSize(1366, 900);
        }

        open("/buddies?registeredBy=self&q=" + last);
        waitForText(By.cssSelector("[data-testid=result-count]"), "1 buddy gevonden");
        assertThat(textOf(By.cssSelector("[data-testid=buddies] tbody"))).contains("Lien " + last)
                .contains("Poperinge").contains("Wacht op screening");
        find(By.linkText("Lien " + last)).click();

        waitForText(By.cssSelector("main h1"), "Lien " + last);
        choose(By.id("screening"), "Gescreend");
        choose(By.id("training"), "Gevormd");
        type(By.id("trainedOn"), "20/11/2026");
        find(By.cssSelector("[data-testid=save]")).click();
        waitForText(By.cssSelector("[data-testid=saved]"), "opgeslagen");

        JsonPath stored = api().queryParam("q", last).get("/buddies").jsonPath();
        assertThat(stored.getString("items[0].screening")).isEqualTo("screened");
        assertThat(stored.getString("items[0].training")).isEqualTo("trained");
        assertThat(stored.getBoolean("items[0].available")).isTrue();
        assertThat(stored.getList("items[0].availability")).containsExactly("wed-afternoon");
        assertThat(stored.getList("items[0].interests")).containsExactly("cooking");
    }
}
