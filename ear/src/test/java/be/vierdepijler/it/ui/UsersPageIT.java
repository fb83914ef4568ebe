package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The users pages as an administrator: creating a local officer through the form (the API's error at the right field
 * first, nothing typed lost), editing under optimistic locking, resetting a password. Every test makes its own users,
 * with a suffix no other run shares.
 */
class UsersPageIT extends BrowserTest {

    private static final String PASSWORD = "users-page-password-1";
    private static final String POPERINGE = "33021";

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }

    private long createOfficer(String username, String name) {
        return api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + name
                        + "\",\"role\":\"local-officer\",\"municipalityNis\":\"" + POPERINGE + "\",\"password\":\""
                        + PASSWORD + "\"}")
                .post("/users").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void createsALocalOfficerAfterTheMissingMunicipalityIsShownAtItsField() {
        String username = "an.peeters." + suffix();
        open("/users");
        assertThat(heading()).isEqualTo("Gebruikers");
        assertThat(find(By.cssSelector("nav.nav [aria-current=page]")).getText()).isEqualTo("Gebruikers");
        find(By.cssSelector("[data-testid=new-user]")).click();
        waitForText(By.cssSelector("main h1"), "Nieuwe gebruiker");

        type(By.id("username"), username);
        type(By.id("displayName"), "An Peeters");
        type(By.id("email"), "an.peeters@poperinge.be");
        choose(By.id("role"), "Medewerker lokaal bestuur");
        // The fields of this role's scope appear; a network coordinator's do not.
        find(By.id("municipalityNis"));
        assertThat(browser().findElements(By.id("networkIds"))).isEmpty();
        type(By.id("password"), PASSWORD);
        find(By.cssSelector("[data-testid=create]")).click();

        assertThat(errorAt("municipalityNis")).contains("hoort bij één gemeente");
        assertThat(fieldsWithErrors()).containsExactly("municipalityNis");
        assertThat(find(By.cssSelector(".error-summary")).getText()).contains("Gemeente");
        assertThat(valueOf(By.id("username"))).isEqualTo(username);
        assertThat(valueOf(By.id("displayName"))).isEqualTo("An Peeters");
        assertThat(valueOf(By.id("email"))).isEqualTo("an.peeters@poperinge.be");
        assertThat(valueOf(By.id("password"))).isEqualTo(PASSWORD);
        assertThat(api().get("/users?q=" + username).jsonPath().getInt("totalItems")).isZero();

        choose(By.id("municipalityNetwork"), "Westhoek");
        waitUntil(d -> d.findElements(By.cssSelector("#municipalityNis option[value='" + POPERINGE + "']")).isEmpty() ? null : true);
        choose(By.id("municipalityNis"), "Poperinge (" + POPERINGE + ")");
        find(By.cssSelector("[data-testid=create]")).click();

        waitForText(By.cssSelector("[data-testid=created]"), username);
        assertThat(heading()).isEqualTo("An Peeters");
        assertThat(textOf(By.cssSelector("[data-testid=role]"))).isEqualTo("Medewerker lokaal bestuur");
        assertThat(textOf(By.cssSelector("[data-testid=scope]"))).isEqualTo("Gemeente Poperinge");
        JsonPath stored = api().get("/users?q=" + username).jsonPath();
        assertThat(stored.getInt("totalItems")).isEqualTo(1);
        assertThat(stored.getString("items[0].municipalityNis")).isEqualTo(POPERINGE);
        assertThat(stored.getString("items[0].email")).isEqualTo("an.peeters@poperinge.be");
        assertThat(stored.getBoolean("items[0].mustChangePassword")).isTrue();
        assertThat(browser().getCurrentUrl()).contains("#/users/" + stored.getLong("items[0].id"));

        // In the list: the role in words, and that the initial password must still be changed.
        open("/users?q=" + username);
        waitForText(By.cssSelector("[data-testid=result-count]"), "1 gebruiker gevonden");
        String row = textOf(By.cssSelector("[data-testid=users] tbody tr"));
        assertThat(row).contains(username, "An Peeters", "Medewerker lokaal bestuur", "Moet wachtwoord wijzigen");

        find(By.cssSelector("button[data-language=en]")).click();
        waitForText(By.cssSelector("[data-testid=users] tbody tr"), "Local government officer");
        assertEveryTextTranslated();
    }

    @Test
    void editsAUserUnderOptimisticLockingAndShowsItInactive() {
        String username = "bert.claes." + suffix();
        long id = createOfficer(username, "Bert Claes");
        open("/users/" + id);
        assertThat(heading()).isEqualTo("Bert Claes");
        assertThat(valueOf(By.id("municipalityNis"))).isEqualTo(POPERINGE);
        assertThat(valueOf(By.id("municipalityNetwork"))).isEqualTo("westhoek");

        type(By.id("displayName"), "Bert Claes-Vos");
        type(By.id("email"), "bert@poperinge.be");
        find(By.cssSelector("label[for=active-1]")).click(); // Nee
        find(By.cssSelector("[data-testid=save]")).click();
        waitForText(By.cssSelector("[data-testid=saved]"), "De gebruiker is opgeslagen.");
        waitForText(By.cssSelector("main h1"), "Bert Claes-Vos");
        assertThat(textOf(By.cssSelector(".page-header"))).contains("Uitgeschakeld");
        JsonPath stored = api().get("/users/" + id).jsonPath();
        assertThat(stored.getString("displayName")).isEqualTo("Bert Claes-Vos");
        assertThat(stored.getString("email")).isEqualTo("bert@poperinge.be");
        assertThat(stored.getBoolean("active")).isFalse();

        // Meanwhile somebody else saves with the version the page also holds: explained, not overwritten.
        type(By.id("displayName"), "Bert Vos");
        String etag = api().get("/users/" + id).header("ETag");
        api().contentType("application/json").header("If-Match", etag)
                .body("{\"displayName\":\"Bert Claes (collega)\",\"active\":false,\"municipalityNis\":\"" + POPERINGE + "\"}")
                .put("/users/" + id).then().statusCode(200);
        find(By.cssSelector("[data-testid=save]")).click();
        assertThat(waitForText(By.cssSelector("[data-testid=changed-meanwhile]"), "Intussen door iemand anders gewijzigd"))
                .contains("niets opgeslagen");
        assertThat(valueOf(By.id("displayName"))).isEqualTo("Bert Vos");
        assertThat(api().get("/users/" + id).jsonPath().getString("displayName")).isEqualTo("Bert Claes (collega)");

        find(By.cssSelector("[data-testid=changed-meanwhile] button")).click();
        waitForText(By.cssSelector("main h1"), "Bert Claes (collega)");
        assertThat(valueOf(By.id("displayName"))).isEqualTo("Bert Vos");
        find(By.cssSelector("[data-testid=save]")).click();
        waitForText(By.cssSelector("[data-testid=saved]"), "opgeslagen");
        assertThat(api().get("/users/" + id).jsonPath().getString("displayName")).isEqualTo("Bert Vos");

        open("/users?q=" + username);
        waitForText(By.cssSelector("[data-testid=users] tbody tr"), "Uitgeschakeld");
    }

    @Test
    void resetsAPasswordAfterTheApiRefusedATooShortOne() {
        String username = "carla.dewitte." + suffix();
        long id = createOfficer(username, "Carla De Witte");
        open("/users/" + id);
        assertThat(heading()).isEqualTo("Carla De Witte");

        type(By.id("newInitialPassword"), "kort");
        find(By.cssSelector("[data-testid=reset-password]")).click();
        assertThat(errorAt("newInitialPassword")).contains("minstens 12 tekens");
        assertThat(valueOf(By.id("newInitialPassword"))).isEqualTo("kort");

        type(By.id("newInitialPassword"), "a-brand-new-password-1");
        find(By.cssSelector("[data-testid=reset-password]")).click();
        waitForText(By.cssSelector("[data-testid=password-saved]"), "Het nieuwe startwachtwoord is ingesteld.");
        assertThat(browser().findElements(By.id("newInitialPassword-error"))).isEmpty();
        assertThat(valueOf(By.id("newInitialPassword"))).isEmpty();
        signIn(username, "a-brand-new-password-1"); // fails the test when the new password does not work
        assertThat(anonymous().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}").post("/session")
                .statusCode()).isEqualTo(401);
    }

    @Test
    void onTheirOwnPageAnAdministratorIsSentToChangeTheirPasswordNotToResetIt() {
        long own = api().get("/users?q=admin&size=100").jsonPath()
                .getLong("items.find { it.username == 'admin' }.id");
        open("/users/" + own);
        waitForText(By.cssSelector("#password-reset"), "huidige wachtwoord");
        assertThat(browser().findElements(By.id("newInitialPassword"))).isEmpty();
        find(By.cssSelector("[data-testid=change-own-password]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("#/password") ? true : null);
    }
}
