package be.vierdepijler.it.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.it.ui.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing in through a real Keycloak's login page in the browser (docs/adr/0021): a coordinator linked by address
 * works within their network; sign-out ends both sessions, so the next sign-in asks for the password again; a person
 * without an account waits for an administrator, who gives a role and scope on the pending page, and then gets in.
 */
class OidcSignInIT extends BrowserTest {

    private static final String INITIAL = "initial-pass-123";

    @BeforeEach
    void keycloak() {
        Keycloak.ensureStarted(root());
    }

    private void create(String username, String scope) {
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + username
                + "\"," + scope + ",\"password\":\"" + INITIAL + "\"}").post("/users").then().statusCode(201);
    }

    /** From the application's sign-in page, through the button, to Keycloak's own login form, filled in. */
    private void signInAtKeycloak(String username) {
        // every cookie of the browser: the application's, and the provider's (on its own path, same host)
        browser().executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        browser().get("about:blank");
        browser().get(app() + "/#/sign-in");
        find(By.cssSelector("[data-testid=oidc-sign-in]")).click();
        waitUntil(d -> d.getCurrentUrl().startsWith(Keycloak.realmUrl(Keycloak.REALM)) ? true : null);
        type(By.id("username"), username);
        type(By.id("password"), Keycloak.password(username));
        find(By.id("kc-login")).click();
        landedInTheApplication();
    }

    /** Waits for a text, or fails saying where the browser is and what it shows. */
    private void shows(By by, String text) {
        try {
            waitForText(by, text);
        } catch (org.openqa.selenium.TimeoutException e) {
            String body = browser().findElement(By.tagName("body")).getText();
            throw new AssertionError("no '" + text + "' at " + browser().getCurrentUrl() + ": "
                    + body.substring(0, Math.min(800, body.length())), e);
        }
    }

    /** The application on localhost, as the person's browser reaches it: the same site as the provider here. */
    private String app() {
        return Keycloak.onLocalhost(root());
    }

    /** Back from Keycloak and through /oidc, or a failure that says where the browser stayed and what it showed. */
    private void landedInTheApplication() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String url = browser().getCurrentUrl();
            if (url.startsWith(app()) && !url.contains("/oidc/")) {
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        String text = browser().findElement(By.tagName("body")).getText();
        throw new AssertionError("the browser stayed at " + browser().getCurrentUrl() + ": "
                + text.substring(0, Math.min(600, text.length())));
    }

    private int sessionStatus() {
        return ((Number) asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/session', {credentials: 'same-origin', headers: {'X-Requested-With': 'test'}})"
                + ".then(r => done(r.status));")).intValue();
    }

    @Test
    void aCoordinatorSignsInAtTheProviderWorksWithinTheirNetworkAndSignsOutOfBoth() {
        String suffix = Long.toString(System.nanoTime(), 36);
        create("katrien." + suffix, "\"email\":\"katrien.coordinator@kc.example\",\"role\":\"network-coordinator\","
                + "\"networkIds\":[\"westhoek\"]");
        create("westhoek.officer." + suffix, "\"role\":\"local-officer\",\"municipalityNis\":\"33021\"");
        create("limburg.officer." + suffix, "\"role\":\"local-officer\",\"municipalityNis\":\"71072\"");

        signInAtKeycloak("kc-coordinator");
        shows(By.cssSelector("[data-testid=signed-in-as]"), "katrien." + suffix);
        browser().get(app() + "/#/users?q=officer." + suffix);
        shows(By.cssSelector("main h1"), "Gebruikers");
        shows(By.cssSelector("[data-testid=users] tbody"), "westhoek.officer." + suffix);
        assertThat(browser().findElement(By.tagName("main")).getText()).doesNotContain("limburg.officer." + suffix);
        // no password of ours was ever asked for, so none needs changing
        assertThat(browser().getCurrentUrl()).doesNotContain("#/password");

        find(By.cssSelector("[data-testid=sign-out]")).click();
        // through Keycloak's end-session end-point (which asks to confirm only when it cannot tell who signs out) and
        // back to the application's sign-in page
        waitUntil(d -> d.getCurrentUrl().startsWith(app()) && d.getCurrentUrl().contains("#/sign-in")
                || !d.findElements(By.id("kc-logout")).isEmpty() ? true : null);
        if (!browser().findElements(By.id("kc-logout")).isEmpty()) {
            find(By.id("kc-logout")).click();
            waitUntil(d -> d.getCurrentUrl().startsWith(app()) && d.getCurrentUrl().contains("#/sign-in") ? true : null);
        }
        assertThat(sessionStatus()).isEqualTo(401);
        find(By.cssSelector("[data-testid=oidc-sign-in]")).click();
        // the provider's session ended too: its login form again, no silent sign-in
        waitUntil(d -> d.getCurrentUrl().startsWith(Keycloak.realmUrl(Keycloak.REALM)) ? true : null);
        assertThat(find(By.id("kc-login")).isDisplayed()).isTrue();
    }

    @Test
    void aPersonWithoutAnAccountWaitsUntilAnAdministratorGivesAccess() {
        signInAtKeycloak("kc-newcomer");
        shows(By.cssSelector("[data-testid=pending-title]"), "wacht op een beheerder");
        assertThat(sessionStatus()).isEqualTo(401);

        // the administrator, on the pending page: a role and scope for Nele
        forgetSession();
        open("/pending-sign-ins");
        waitForText(By.cssSelector("[data-testid=pending] tbody"), "Nele Nieuwkomer");
        find(By.cssSelector("[data-testid=pending] tr[data-name='Nele Nieuwkomer'] a")).click();
        waitForText(By.cssSelector("main h1"), "Toegang geven");
        assertThat(accessibilityViolations()).isEmpty();
        type(By.id("username"), "nele." + Long.toString(System.nanoTime(), 36));
        choose(By.id("role"), "Raadpleger");
        find(By.cssSelector("[data-testid=create]")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*#/users/\\d+.*") ? true : null);

        signInAtKeycloak("kc-newcomer");
        shows(By.cssSelector("[data-testid=signed-in-as]"), "nele.");
    }
}
