package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.it.TestData;
import io.restassured.path.json.JsonPath;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The supply-and-demand page in the browser: it shows what {@code GET /reports/supply-demand} answers for the network
 * chosen, marks the rows where demand exceeds the offer (in words, not only in colour), shows who waits by level of
 * Dutch and by interest, passes the accessibility rules, and its "Download CSV" link answers the file. The test first
 * makes newcomers wait in Lokeren (Waasland), where no offer is open, so that a gap is there to be marked.
 */
class SupplyDemandPageIT extends BrowserTest {

    private static final String LOKEREN = "46029";
    private static final String PASSWORD = "supply-demand-password-1";
    private static final String CHOSEN = "supply-demand-chosen-1";

    /** 1234 → "1.234", as Intl.NumberFormat('nl-BE') writes it. */
    private static String dutch(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-BE")))
                .format(value);
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    /**
     * Two newcomers of Lokeren (A2, interested in cooking and sport) with a trajectory in intake, and a conversation
     * group of three places there: demand for a buddy, none of whom lives in Lokeren, and some offer.
     */
    private void newcomersWaitInLokeren() {
        TestData data = new TestData(this::api);
        data.participates(LOKEREN);
        data.offer(data.organisation(LOKEREN), LOKEREN);
        for (int i = 0; i < 2; i++) {
            long newcomer = data.newcomer("Wachtend", LOKEREN);
            api().contentType("application/json").body("{\"newcomerId\":" + newcomer + "}").post("/trajectories")
                    .then().statusCode(201);
        }
    }

    private JsonPath report() {
        return api().queryParam("network", "waasland").get("/reports/supply-demand").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void showsTheNetworksDemandBesideItsOfferWithTheGapsMarkedAndDownloadsTheCsv() {
        forgetSession(); // as the administrator, whoever the other test left signed in
        newcomersWaitInLokeren();
        JsonPath report = report();
        Map<String, Object> lokeren = report.getMap("municipalities.find { it.municipalityNis == '" + LOKEREN
                + "' }");
        Map<String, Object> lokerenBuddy = report.getMap("rows.find { it.municipalityNis == '" + LOKEREN
                + "' && it.typeId == 'buddy' }");
        assertThat(lokerenBuddy.get("demandExceedsSupply")).as("the test's gap").isEqualTo(true);
        Map<String, Object> lokerenAlternative = report.getMap("rows.find { it.municipalityNis == '" + LOKEREN
                + "' && it.typeId == 'alternative' }");
        assertThat(lokeren.get("demandExceedsSupply")).as("the test's gap").isEqualTo(true);

        open("/reports/supply-demand?network=waasland");
        waitForText(By.cssSelector("main h1"), "Waasland");
        assertThat(heading()).isEqualTo("Vraag en aanbod · Waasland");
        assertThat(browser().findElement(By.cssSelector(".nav [aria-current=page]")).getText())
                .isEqualTo("Vraag en aanbod");
        waitForText(By.cssSelector("[data-figure=demand] .stat__value"), dutch(report.getLong("total.demand")));
        assertThat(textOf(By.cssSelector("[data-figure=waiting] .stat__value")))
                .isEqualTo(dutch(report.getLong("total.waiting")));
        assertThat(textOf(By.cssSelector("[data-figure=supply] .stat__value")))
                .isEqualTo(dutch(report.getLong("total.supply")));

        // The chart per municipality is a table: its numbers in cells, the bars hidden from screen readers; Lokeren's
        // row is marked as a shortage, in words.
        WebElement chart = find(By.cssSelector("[data-testid=chart-municipalities]"));
        assertThat(chart.findElement(By.tagName("caption")).getAttribute("textContent"))
                .contains("Vraag, aanbod en verschil per gemeente");
        WebElement row = chart.findElement(By.cssSelector("tr[data-key='" + LOKEREN + "']"));
        assertThat(row.getAttribute("class")).contains("row--gap");
        assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo("Lokeren");
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo(dutch(number(lokeren, "demand")));
        assertThat(cells.get(1).getText()).isEqualTo(dutch(number(lokeren, "supply")));
        assertThat(cells.get(2).getText()).startsWith(dutch(number(lokeren, "gap"))).contains("Tekort");
        assertThat(cells.get(3).getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(row.findElements(By.cssSelector(".chart__gap"))).hasSize(1);
        List<Map<String, Object>> municipalities = report.getList("municipalities");
        assertThat(chart.findElements(By.cssSelector("tbody tr"))).hasSize((int) municipalities.stream()
                .filter(m -> number(m, "demand") > 0 || number(m, "supply") > 0).count());
        // Per type, every type of the registry.
        assertThat(find(By.cssSelector("[data-testid=chart-types]")).findElements(By.cssSelector("tbody tr")))
                .hasSize(report.getList("types").size());

        // The rows per municipality and type, the gap highlighted and named; a row without one is not.
        WebElement detail = find(By.cssSelector("[data-testid=supply-demand-rows] tr[data-row='" + LOKEREN
                + "/buddy']"));
        assertThat(detail.getAttribute("class")).contains("row--gap");
        assertThat(detail.getText()).contains("Lokeren").contains("Buddywerking").contains("vrije buddyduo's")
                .contains("Tekort");
        assertThat(detail.findElements(By.tagName("td")).get(2).getText())
                .isEqualTo(dutch(number(lokerenBuddy, "demand")));
        WebElement withOffer = find(By.cssSelector("[data-testid=supply-demand-rows] tr[data-row='" + LOKEREN
                + "/alternative']"));
        assertThat(withOffer.findElements(By.tagName("td")).get(3).getText())
                .isEqualTo(dutch(number(lokerenAlternative, "supply")));
        assertThat(withOffer.getAttribute("class").contains("row--gap"))
                .isEqualTo(lokerenAlternative.get("demandExceedsSupply"));
        assertThat(withOffer.getText().contains("Tekort")).isEqualTo(lokerenAlternative.get("demandExceedsSupply"));

        // Who waits: by level of Dutch and by interest.
        WebElement levels = find(By.cssSelector("[data-testid=supply-demand-levels] tr[data-municipality='" + LOKEREN
                + "']"));
        assertThat(levels.findElement(By.cssSelector("[data-level=A2]")).getText()).isEqualTo(dutch(
                report.getLong("municipalities.find { it.municipalityNis == '" + LOKEREN
                        + "' }.byDutchLevel.find { it.level == 'A2' }.newcomers")));
        WebElement interests = find(By.cssSelector("[data-testid=supply-demand-interests] tr[data-municipality='"
                + LOKEREN + "']"));
        assertThat(interests.findElement(By.cssSelector("[data-interest=cooking]")).getText()).isEqualTo(dutch(
                report.getLong("municipalities.find { it.municipalityNis == '" + LOKEREN
                        + "' }.byInterest.find { it.interest == 'cooking' }.newcomers")));
        assertThat(find(By.cssSelector("[data-testid=supply-demand-interests] thead")).getAttribute("textContent"))
                .contains("Koken en eten");
        assertEveryTextTranslated();
        assertThat(accessibilityViolations()).as("WCAG 2.1 A/AA").isEmpty();
        script("arguments[0].closest('section').scrollIntoView({block: 'start'})", chart);
        screenshot("supply-demand");

        // The link answers the CSV file, with the browser's own session.
        WebElement link = find(By.cssSelector("[data-testid=download-csv]"));
        assertThat(link.getText()).isEqualTo("Download CSV");
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(async r => done([r.status, r.headers.get('Content-Type'),
                        r.headers.get('Content-Disposition'), (await r.text()).split('\\r\\n')[0]]))
                    .catch(e => done(['failed: ' + e]));
                """, link.getAttribute("href"));
        assertThat(answer.get(0)).isEqualTo(200L);
        assertThat((String) answer.get(1)).startsWith("text/csv");
        assertThat(answer.get(2)).isEqualTo("attachment; filename=\"vraag-aanbod-waasland.csv\"");
        assertThat((String) answer.get(3)).contains("NIS-code;Gemeente;Trajecttype");

        // Another network in the chooser: its figures, in the address.
        choose(By.id("supply-demand-network"), "Westhoek");
        waitForText(By.cssSelector("main h1"), "Westhoek");
        assertThat(browser().getCurrentUrl()).endsWith("#/reports/supply-demand?network=westhoek");
        assertThat(find(By.cssSelector("[data-testid=download-csv]")).getAttribute("href"))
                .endsWith("network=westhoek&format=csv");

        // In English.
        find(By.cssSelector("button[data-language=en]")).click();
        waitForText(By.cssSelector("main h1"), "Demand and offer");
        assertEveryTextTranslated();
        find(By.cssSelector("button[data-language=nl]")).click();
        waitForText(By.cssSelector("main h1"), "Vraag en aanbod");
    }

    /** A user of this role and scope whose own password is {@link #CHOSEN} (changed over the API); the username. */
    private String user(String name, String scope) {
        String username = name + "." + TestData.unique();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\"," + scope + ",\"password\":\"" + PASSWORD + "\"}").post("/users").then().statusCode(201);
        as(signIn(username, PASSWORD)).contentType("application/json").body("{\"currentPassword\":\"" + PASSWORD
                + "\",\"newPassword\":\"" + CHOSEN + "\"}").put("/session/password").then().statusCode(204);
        return username;
    }

    @Test
    void aCoordinatorOfOneNetworkSeesItAtOnceAndALocalOfficerTheirMunicipality() {
        newcomersWaitInLokeren();
        openAs(user("vraag-coordinator", "\"role\":\"network-coordinator\",\"networkIds\":[\"waasland\"]"), CHOSEN,
                "/reports/supply-demand");
        waitForText(By.cssSelector("main h1"), "Waasland");
        assertThat(valueOf(By.id("supply-demand-network"))).as("the coordinator's only network").isEqualTo("waasland");
        find(By.cssSelector("[data-testid=chart-municipalities] tr[data-key='" + LOKEREN + "']"));
        assertThat(textOf(By.cssSelector(".nav"))).contains("Vraag en aanbod");

        openAs(user("vraag-lokeren", "\"role\":\"local-officer\",\"municipalityNis\":\"" + LOKEREN + "\""), CHOSEN,
                "/reports/supply-demand");
        waitForText(By.cssSelector("[data-testid=supply-demand-scope]"), "Lokeren");
        waitForText(By.cssSelector("main h1"), "Waasland");
        assertThat(browser().findElements(By.id("supply-demand-network"))).isEmpty();
        List<WebElement> rows = find(By.cssSelector("[data-testid=supply-demand-rows]"))
                .findElements(By.cssSelector("tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("data-row")).startsWith(LOKEREN + "/"));
        forgetSession();
    }
}
