package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A network coordinator in the browser: signing in with the initial password leads to changing it first (the API's
 * errors at the fields), then the users page lists only the officers and contacts of its own network, and the audit
 * log is not offered.
 */
class CoordinatorPagesIT extends BrowserTest {

    private static final String INITIAL = "coordinator-initial-1";
    private static final String CHOSEN = "coordinator-chosen-22";

    @AfterEach
    void signOutOfTheBrowser() {
        forgetSession();
    }

    private void create(String username, String scope) {
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + username
                        + "\"," + scope + ",\"password\":\"" + INITIAL + "\"}")
                .post("/users").then().statusCode(201);
    }

    private List<String> navigation() {
        return browser().findElements(By.cssSelector("nav.nav a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void changesTheInitialPasswordThenSeesOnlyTheOfficersOfItsNetwork() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String coordinator = "coord." + suffix;
        create(coordinator, "\"role\":\"network-coordinator\",\"networkIds\":[\"westhoek\"]");
        create("westhoek.officer." + suffix, "\"role\":\"local-officer\",\"municipalityNis\":\"33021\"");
        create("limburg.officer." + suffix, "\"role\":\"local-officer\",\"municipalityNis\":\"71072\"");
        create("counsellor." + suffix, "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]");

        // An initial password: the change-password page comes first, and then the page asked for.
        openAs(coordinator, INITIAL, "/users");
        waitUntil(d -> d.getCurrentUrl().contains("#/password?next=%2Fusers") ? true : null);
        assertThat(heading()).isEqualTo("Wachtwoord wijzigen");
        assertThat(textOf(By.cssSelector(".page-header .lead"))).contains("startwachtwoord");

        type(By.id("currentPassword"), "not-my-password-1");
        type(By.id("newPassword"), CHOSEN);
        type(By.id("repeatPassword"), CHOSEN + "x");
        find(By.cssSelector("[data-testid=change]")).click();
        assertThat(errorAt("repeatPassword")).contains("niet gelijk");
        assertThat(valueOf(By.id("newPassword"))).isEqualTo(CHOSEN);

        type(By.id("repeatPassword"), CHOSEN);
        find(By.cssSelector("[data-testid=change]")).click();
        assertThat(errorAt("currentPassword")).contains("huidige wachtwoord klopt niet");
        assertThat(fieldsWithErrors()).containsExactly("currentPassword");
        assertThat(valueOf(By.id("newPassword"))).isEqualTo(CHOSEN);

        type(By.id("currentPassword"), INITIAL);
        type(By.id("newPassword"), "short");
        type(By.id("repeatPassword"), "short");
        find(By.cssSelector("[data-testid=change]")).click();
        assertThat(errorAt("newPassword")).contains("minstens 12 tekens");

        type(By.id("newPassword"), CHOSEN);
        type(By.id("repeatPassword"), CHOSEN);
        find(By.cssSelector("[data-testid=change]")).click();
        waitForText(By.cssSelector("[data-testid=password-changed]"), "Je wachtwoord is gewijzigd.");
        signIn(coordinator, CHOSEN); // the API takes the new password now

        find(By.cssSelector("[data-testid=continue]")).click();
        waitForText(By.cssSelector("main h1"), "Gebruikers");
        assertThat(navigation()).contains("Gebruikers", "Gemeenten").doesNotContain("Auditlogboek");

        type(By.id("filter-q"), suffix);
        waitForText(By.cssSelector("[data-testid=result-count]"), "1 gebruiker gevonden");
        assertThat(textOf(By.cssSelector("[data-testid=users] tbody tr"))).contains("westhoek.officer." + suffix);
        // Without a search, too: local officers and organisation contacts only, and none outside Westhoek.
        type(By.id("filter-q"), "");
        waitUntil(d -> d.getCurrentUrl().endsWith("#/users") ? true : null);
        long total = as(signIn(coordinator, CHOSEN)).get("/users").jsonPath().getLong("totalItems");
        waitForText(By.cssSelector("[data-testid=result-count]"), total == 1 ? "1 gebruiker gevonden" : total + " gebruikers");
        assertThat(browser().findElements(By.cssSelector("[data-testid=users] td[data-role]")))
                .extracting(e -> e.getAttribute("data-role")).isSubsetOf("local-officer", "organisation-contact")
                .contains("local-officer");
        assertThat(browser().findElement(By.tagName("main")).getText()).doesNotContain("limburg.officer." + suffix);

        // The new-user form offers only what a coordinator may create.
        find(By.cssSelector("[data-testid=new-user]")).click();
        waitForText(By.cssSelector("main h1"), "Nieuwe gebruiker");
        assertThat(browser().findElements(By.cssSelector("#role option:not([value=''])")))
                .extracting(WebElement::getText).containsExactly("Medewerker lokaal bestuur",
                        "Contactpersoon organisatie");
        choose(By.id("role"), "Medewerker lokaal bestuur");
        waitUntil(d -> d.findElements(By.id("municipalityNetwork")).isEmpty() ? null : true);
        assertThat(browser().findElements(By.cssSelector("#municipalityNetwork option:not([value=''])")))
                .extracting(WebElement::getText).containsExactly("Westhoek");

        // The audit log is the administrators': not offered, and refused by the API when asked for.
        browser().get(root() + "/#/audit");
        waitForText(By.cssSelector("main h1"), "Auditlogboek");
        waitForText(By.cssSelector(".alert--error"), "beheerders");

        // Changing the password again later: from the header.
        find(By.cssSelector("[data-testid=change-password]")).click();
        waitForText(By.cssSelector("main h1"), "Wachtwoord wijzigen");
        assertThat(textOf(By.cssSelector(".page-header .lead"))).isEqualTo("Kies een nieuw wachtwoord voor je account.");
    }
}
