package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The frame: served at /, its libraries from WebJars, the dashboard as home, the networks page, Belgian formats and the
 * language switch.
 */
class FrameIT extends BrowserTest {

    @Test
    void servesTheUiAtTheRootAndLitFromTheWarsWebJars() {
        RestAssured.given().get(root() + "/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("\"lit\": \"./webjars/lit/3.3.2/index.js\""));
        // The skinny WAR keeps the jars only it depends on in WEB-INF/lib, whose META-INF/resources are served.
        for (String module : List.of("lit/3.3.2/index.js", "lit-html/3.3.2/lit-html.js",
                "lit-element/4.2.2/lit-element.js", "lit__reactive-element/2.1.2/reactive-element.js")) {
            RestAssured.given().get(root() + "/webjars/" + module).then().statusCode(200)
                    .contentType(containsString("javascript"));
        }
    }

    @Test
    void bothMessageBundlesHoldTheSameKeysSoNoTextIsMissingInEitherLanguage() {
        Map<String, Object> dutch = RestAssured.given().get(root() + "/i18n/nl.json").then().statusCode(200)
                .contentType(containsString("json")).extract().jsonPath().getMap("$");
        Map<String, Object> english = RestAssured.given().get(root() + "/i18n/en.json").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertThat(dutch).isNotEmpty();
        assertThat(english.keySet()).isEqualTo(dutch.keySet());
        assertThat(dutch.get("nav.networks")).isEqualTo("Netwerken");
        assertThat(english.get("nav.networks")).isEqualTo("Networks");
    }

    @Test
    void opensOnTheDashboardAndTheNetworksPageListsAll18WithTheirCounts() {
        open("/");
        assertThat(browser().getCurrentUrl()).endsWith("#/dashboard");
        assertThat(heading()).isEqualTo("Dashboard");
        assertThat(browser().findElement(By.cssSelector(".nav [aria-current=page]")).getText()).isEqualTo("Dashboard");
        assertThat(browser().findElements(By.cssSelector(".nav__link")).get(0).getText()).isEqualTo("Dashboard");

        open("/networks");
        assertThat(heading()).isEqualTo("Regionale netwerken");
        List<WebElement> rows = waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=networks] tbody tr"));
            return found.size() == 18 ? found : null;
        });
        assertThat(rows).hasSize(18);
        WebElement westhoek = browser().findElement(By.cssSelector("tr[data-network=westhoek]"));
        assertThat(westhoek.findElement(By.cssSelector("th")).getText()).isEqualTo("Westhoek");
        assertThat(westhoek.findElements(By.cssSelector("td.num")).get(0).getText()).isEqualTo("17");
        assertThat(browser().findElement(By.cssSelector("tr[data-network=brussel]")).getText())
                .contains("Stadsnetwerk").contains("19");
        assertThat(textOf(By.cssSelector(".stats"))).contains("304");
        assertThat(browser().findElement(By.cssSelector(".nav [aria-current=page]")).getText()).isEqualTo("Netwerken");
        assertThat(browser().getTitle()).isEqualTo("Regionale netwerken · Vierde Pijler");
        assertEveryTextTranslated();

        westhoek.findElement(By.linkText("Westhoek")).click();
        waitForText(By.cssSelector("[data-testid=result-count]"), "17 gemeenten gevonden");
        assertThat(browser().getCurrentUrl()).endsWith("#/municipalities?network=westhoek");
    }

    @Test
    void writesDatesAndNumbersTheBelgianWayInBothLanguages() {
        open("/networks");
        String check = """
                const done = arguments[arguments.length - 1];
                Promise.all([import('./app/format.js'), import('./app/i18n.js')]).then(async ([f, i18n]) => {
                    const sample = () => [f.formatDate('2026-11-22'), f.formatNumber(1234.5, 2), f.formatNumber(1234567),
                        f.parseDate('22/11/2026'), f.parseDate('31/02/2026'), f.parseNumber('1.234,50'),
                        f.formatMonth('2026-11')];
                    const dutch = sample();
                    await i18n.useLanguage('en');
                    done([...dutch, ...sample()].map(String));
                }).catch((e) => done(String(e)));
                """;
        assertThat(asyncScript(check)).isEqualTo(List.of(
                "22/11/2026", "1.234,50", "1.234.567", "2026-11-22", "null", "1234.5", "november 2026",
                "22/11/2026", "1.234,50", "1.234.567", "2026-11-22", "null", "1234.5", "November 2026"));
    }

    @Test
    void switchingToEnglishChangesTheTextsAndTheApisLabelsAndIsRemembered() {
        open("/trajectory-types");
        assertThat(heading()).isEqualTo("Trajecttypes");
        waitForText(By.cssSelector("[data-type=internship]"), "Kennismakingsstage");
        assertThat(script("return document.documentElement.lang")).isEqualTo("nl");

        find(By.cssSelector("button[data-language=en]")).click();
        waitUntil(d -> "Trajectory types".equals(heading()) ? true : null);
        assertThat(textOf(By.cssSelector(".nav"))).contains("Networks", "Municipalities", "Trajectory types");
        // Labels the API serves follow: the API module sent Accept-Language: en.
        waitForText(By.cssSelector("[data-type=internship]"), "Introductory internship");
        assertThat(find(By.cssSelector("button[data-language=en]")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(script("return document.documentElement.lang")).isEqualTo("en");
        assertEveryTextTranslated();

        browser().navigate().refresh();
        waitUntil(d -> "Trajectory types".equals(heading()) ? true : null);
        open("/municipalities?q=sint");
        assertThat(heading()).isEqualTo("Municipalities");
        waitForText(By.cssSelector("[data-testid=result-count]"), "municipalities found");
        assertEveryTextTranslated();

        find(By.cssSelector("button[data-language=nl]")).click();
        waitUntil(d -> "Gemeenten".equals(heading()) ? true : null);
        waitForText(By.cssSelector("[data-testid=result-count]"), "gemeenten gevonden");
    }

    @Test
    void anUnknownAddressSaysSoInsteadOfShowingNothing() {
        open("/nowhere");
        assertThat(heading()).isEqualTo("Pagina niet gevonden");
        open("/municipalities/99999");
        waitForText(By.cssSelector("[role=alert]"), "99999");
    }

    /**
     * The address a person (or a test) goes to last wins, even when the page they left still loads its code: the
     * dashboard's module is held back at the browser's network layer while the person goes on to the users page;
     * when it arrives, the users page stays. (Before, the slower first route finished last and put its page over the
     * later one: OidcSignInIT found the users list replaced by the dashboard in CI.)
     */
    @Test
    void aLaterAddressWinsOverAnEarlierPageWhoseCodeStillLoads() {
        open("/networks"); // signed in
        HeldRequests hold = new HeldRequests("*/app/pages/dashboard.js*");
        try {
            browser().get("about:blank");
            // not get(): it would wait for the document's load, which a held module may hold up too
            script("location.assign(arguments[0]);", root() + "/#/dashboard");
            waitUntil(d -> !d.findElements(By.cssSelector("vp-app nav")).isEmpty() ? true : null);
            assertThat(browser().findElements(By.cssSelector("main h1"))).as("the dashboard's code is held").isEmpty();

            script("location.hash = '#/users';");
            waitForText(By.cssSelector("main h1"), "Gebruikers");
        } finally {
            hold.release();
        }
        // the held module arrives; the router's stale route for it must now do nothing
        asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/app/pages/dashboard.js').then(() => setTimeout(() => done(true), 500));");
        assertThat(heading()).isEqualTo("Gebruikers");
        assertThat(browser().getCurrentUrl()).endsWith("#/users");
        waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=users] tbody tr")).isEmpty() ? true : null);
    }

    /** Holds back the browser's requests for matching addresses (Chrome DevTools' Fetch domain) until released. */
    private final class HeldRequests {

        HeldRequests(String urlPattern) {
            browser().executeCdpCommand("Network.enable", Map.of());
            browser().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            browser().executeCdpCommand("Fetch.enable", Map.of("patterns", List.of(Map.of("urlPattern", urlPattern))));
        }

        /** Lets every held request go on: disabling the domain continues what it paused. */
        void release() {
            browser().executeCdpCommand("Fetch.disable", Map.of());
            browser().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }
}
