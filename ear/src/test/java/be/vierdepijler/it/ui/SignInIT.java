package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out in the browser: nothing is shown before, a wrong password is explained, sign-out closes. */
class SignInIT extends BrowserTest {

    private void go(String route) {
        browser().get("about:blank");
        browser().get(root() + "/#" + route);
        waitUntil(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
    }

    @Test
    void signsInAndOutAndReturnsToThePageAskedFor() {
        go("/municipalities?network=westhoek");
        waitUntil(d -> d.getCurrentUrl().contains("#/sign-in"));
        assertThat(heading()).isEqualTo("Aanmelden");
        assertThat(browser().findElements(By.cssSelector("nav.nav"))).isEmpty();

        signInThroughThePage("admin", "not-the-password");
        String error = waitForText(By.cssSelector("[data-testid=sign-in-error]"), "wachtwoord");
        assertThat(error).contains("gebruikersnaam of het wachtwoord klopt niet");
        assertThat(browser().findElement(By.id("password")).getAttribute("value")).isEmpty();
        assertThat(browser().findElement(By.id("username")).getAttribute("value")).isEqualTo("admin");

        signInThroughThePage("admin", ADMIN_PASSWORD);
        waitUntil(d -> d.getCurrentUrl().contains("#/municipalities?network=westhoek"));
        waitForText(By.cssSelector("[data-testid=signed-in-as]"), "admin");
        assertThat(waitForText(By.cssSelector("main h1"), "Gemeenten")).isNotBlank();

        find(By.cssSelector("[data-testid=sign-out]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("#/sign-in"));
        go("/networks");
        waitUntil(d -> d.getCurrentUrl().contains("#/sign-in"));
        assertThat(heading()).isEqualTo("Aanmelden");
    }
}
