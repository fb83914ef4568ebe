package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.it.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

/**
 * Every page, with its data loaded, passes axe-core's rules of WCAG 2.1 A and AA (contrast, names of controls and
 * links, labels, landmarks, ARIA, language of the page …): the automated half of the accessibility the Flemish
 * government asks of its websites; keyboard use and focus are tested in the page tests. The pages are checked as the
 * administrator sees them (the most controls), a form after a failed save (its errors shown), and the public pages
 * signed out. Every failing page is named at once, with the rule and the elements that break it.
 */
class AccessibilityIT extends BrowserTest {

    private final List<String> problems = new ArrayList<>();

    /** Opens the route, waits until its data is on screen (no "loading" left), and records what axe finds. */
    private void check(String route) {
        open(route);
        checkAsShown(route);
    }

    private void checkAsShown(String what) {
        try {
            waitUntil(d -> d.findElements(By.cssSelector("main .loading")).isEmpty() ? true : null);
        } catch (TimeoutException e) {
            problems.add(what + " — still loading after the wait: "
                    + browser().findElement(By.tagName("main")).getText());
            return;
        }
        accessibilityViolations().forEach(v -> problems.add(what + " — " + v));
    }

    @Test
    void theWorkingPagesPassTheWcagRules() {
        TestData data = new TestData(this::api);
        data.participates(TestData.IEPER);
        long newcomer = data.newcomer("Toegankelijk", TestData.IEPER);
        long trajectory = data.activeTrajectory(newcomer);
        long organisation = data.organisation(TestData.IEPER);
        long offer = data.offer(organisation, TestData.IEPER);
        long buddy = data.buddy(TestData.IEPER);
        String reference = anonymous().contentType("application/json").body("{\"firstName\":\"Toegankelijk\","
                        + "\"municipalityNis\":\"" + TestData.IEPER + "\",\"email\":\"a11y." + System.nanoTime()
                        + "@example.org\",\"offerId\":" + offer + ",\"language\":\"ar\",\"consent\":true}")
                .post("/public/participation-requests").then().statusCode(202).extract().jsonPath().getString("reference");
        long request = api().get("/participation-requests?q=" + reference).then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        long call = api().contentType("application/json").body("{\"reference\":\"toegankelijk " + System.nanoTime()
                        + "\",\"name\":\"Proeftuinen\",\"kind\":\"pilot-call\",\"funders\":[{\"funder\":\"AMIF\","
                        + "\"sharePercent\":100}],\"totalBudget\":800000,\"maxPerProject\":40000}")
                .post("/funding/calls").then().statusCode(201).extract().jsonPath().getLong("id");
        long project = api().contentType("application/json").body("{\"callId\":" + call + ",\"leadName\":\"OESO\","
                        + "\"name\":\"Toegankelijk\",\"municipalityNis\":[\"" + TestData.IEPER + "\"],"
                        + "\"trajectoryTypeIds\":[\"buddy\"],\"commitments\":[{\"budgetYear\":2020,\"amount\":1000}]}")
                .post("/funding/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        long allocation = api().contentType("application/json").body("{\"name\":\"Toegankelijk\",\"amount\":1000,"
                + "\"referenceDate\":\"" + java.time.LocalDate.now() + "\",\"criteria\":[{\"criterion\":"
                + "\"participating-municipalities\",\"weight\":1}],\"save\":true}").post("/funding/allocations")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        for (String route : List.of("/dashboard", "/worklist", "/reports/supply-demand?network=westhoek",
                "/reports?report=completions", "/reports?report=buddies&network=westhoek", "/newcomers",
                "/newcomers/" + newcomer, "/newcomers/new",
                "/trajectories", "/trajectories/" + trajectory, "/offers", "/offers/" + offer, "/offers/new",
                "/buddies", "/buddies/" + buddy, "/buddies/new", "/matching?network=westhoek",
                "/matching/newcomers/" + newcomer, "/organisations", "/organisations/" + organisation,
                "/networks", "/municipalities?network=westhoek", "/municipalities/" + TestData.IEPER,
                "/trajectory-types", "/trajectory-types/internship", "/users", "/users/new", "/pending-sign-ins", "/audit", "/mails", "/imports",
                "/password", "/funding/calls", "/funding/calls/" + call, "/funding/calls/new", "/funding/projects",
                "/funding/projects/" + project, "/funding/projects/new", "/funding/allocations",
                "/funding/allocations/" + allocation, "/requests", "/requests/" + request,
                "/newcomers/new?request=" + request)) {
            check(route);
        }

        // A form as it looks after a failed save: errors at the fields, wired to them.
        open("/newcomers/new");
        click(By.cssSelector("[data-testid=create]"));
        waitUntil(d -> d.findElements(By.cssSelector(".field__error")).isEmpty() ? null : true);
        checkAsShown("/newcomers/new after saving nothing");

        // The allocation form after a refused calculation, then with its calculation and bar chart shown.
        open("/funding/allocations");
        click(By.cssSelector("[data-testid=calculate]"));
        waitUntil(d -> d.findElements(By.cssSelector(".field__error")).isEmpty() ? null : true);
        checkAsShown("/funding/allocations after calculating nothing");
        type(By.id("allocation-name"), "Toegankelijk");
        type(By.id("allocation-amount"), "1.000,00");
        type(By.id("allocation-weight-inhabitants"), "0");
        type(By.id("allocation-weight-first-integration-contracts"), "0");
        click(By.cssSelector("[data-testid=calculate]"));
        waitUntil(d -> d.findElements(By.cssSelector("[data-testid=allocation-preview]")).isEmpty() ? null : true);
        checkAsShown("/funding/allocations with a calculation");

        assertThat(problems).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
    }

    /** The check itself can fail: a page given an image without a text and a button without a name fails it. */
    @Test
    void theCheckFindsWhatIsWrong() {
        open("/networks");
        waitUntil(d -> d.findElements(By.cssSelector("main .loading")).isEmpty() ? true : null);
        script("""
                const img = document.createElement('img');
                img.src = 'favicon.svg';
                const button = document.createElement('button');
                button.type = 'button';
                document.querySelector('main').append(img, button);
                """);
        assertThat(accessibilityViolations()).anyMatch(v -> v.startsWith("image-alt ("))
                .anyMatch(v -> v.startsWith("button-name ("));
    }

    @Test
    void thePublicPagesPassTheWcagRules() {
        forgetSession();
        for (String route : List.of("/sign-in", "/buddy-registration", "/confirm/no-such-link")) {
            browser().get("about:blank");
            browser().get(root() + "/#" + route);
            waitUntil(d -> d.findElements(By.cssSelector("main h1")).isEmpty() ? null : true);
            checkAsShown(route);
        }
        assertThat(problems).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
    }
}
