package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.restassured.path.json.JsonPath;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in the browser: its tiles and its chart of hours per reporting category show what
 * {@code GET /reports/dashboard} answers, written the Belgian way, for the network chosen in the chooser and for all.
 * The test first confirms hours of its own in Westhoek so that the chart has at least one bar.
 */
class DashboardPageIT extends BrowserTest {

    private static final String IEPER = "33011";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    /** The tiles, each with the API's figure it shows. */
    private static final Map<String, String> TILES = Map.of("newcomers", "newcomers.total",
            "running", "trajectories.running", "completed", "completed.total", "hours-month", "hours.thisMonth",
            "offers", "offers.published", "free-places", "offers.freePlaces", "buddies", "buddies.available");

    /** 1234.5 → "1.234,5", as Intl.NumberFormat('nl-BE') writes it. */
    private static String dutch(double value) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-BE")))
                .format(value);
    }

    /** A newcomer of Ieper in a conversation group with 2,5 confirmed hours today. */
    private void confirmedHoursInWesthoek() {
        String unique = Long.toString(System.nanoTime(), 36);
        var municipality = api().get("/municipalities/" + IEPER);
        if (municipality.jsonPath().getString("membership.participatingFrom") == null) {
            api().header("If-Match", municipality.header("ETag")).contentType("application/json")
                    .body("{\"participatingFrom\":\"2020-01-01\"}").put("/municipalities/" + IEPER + "/membership")
                    .then().statusCode(200);
        }
        long organisation = api().contentType("application/json").body("{\"name\":\"Dashboard " + unique
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + IEPER
                        + "\",\"contacts\":[{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}]}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        long offer = api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"alternative\",\"reportingCategory\":\"conversation-group\","
                        + "\"title\":\"Praatcafé " + unique + "\",\"municipalityNis\":\"" + IEPER + "\","
                        + "\"requiredLevel\":\"A1\",\"capacity\":5,\"status\":\"published\","
                        + "\"contact\":{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
        long newcomer = api().contentType("application/json").body("{\"firstName\":\"Dash\",\"lastName\":\"Board"
                        + unique + "\",\"integrationStatus\":\"entitled\",\"municipalityNis\":\"" + IEPER
                        + "\",\"referralChannel\":\"self\",\"dutchLevel\":\"A2\",\"integrationProgress\":\"running\"}")
                .post("/newcomers").then().statusCode(201).extract().jsonPath().getLong("id");
        long trajectory = api().contentType("application/json").body("{\"newcomerId\":" + newcomer + "}")
                .post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        api().contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);
        long placement = api().contentType("application/json").body("{\"typeId\":\"alternative\",\"offerId\":"
                        + offer + ",\"startDate\":\"" + TODAY + "\",\"attributes\":{\"subtype\":\"conversation-group\","
                        + "\"setting\":\"group\",\"groupSize\":8}}")
                .post("/trajectories/" + trajectory + "/placements").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long entry = api().contentType("application/json").body("{\"placementId\":" + placement + ",\"date\":\""
                        + TODAY + "\",\"hours\":2.5}").post("/trajectories/" + trajectory + "/hours").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        api().contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
    }

    private JsonPath figures(String network) {
        return (network == null ? api() : api().queryParam("network", network)).get("/reports/dashboard").then()
                .statusCode(200).extract().jsonPath();
    }

    private JsonPath figures(String network, YearMonth month) {
        return api().queryParam("network", network).queryParam("month", month.toString()).get("/reports/dashboard")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Every tile shows the API's figure, formatted the Belgian way. */
    private void assertTilesShow(JsonPath figures) {
        TILES.forEach((tile, path) -> {
            String expected = dutch(figures.getDouble(path));
            By value = By.cssSelector("[data-figure=" + tile + "] .stat__value");
            try {
                waitUntil(d -> expected.equals(textOf(value)) ? true : null);
            } catch (org.openqa.selenium.TimeoutException e) {
                assertThat(textOf(value)).as(tile).isEqualTo(expected);
            }
        });
    }

    @Test
    void showsTheFiguresOfTheChosenNetworkAndTheHoursPerCategoryAsAChartWithItsNumbers() {
        confirmedHoursInWesthoek();
        JsonPath westhoek = figures("westhoek");

        open("/dashboard?network=westhoek");
        waitForText(By.cssSelector("main h1"), "Westhoek");
        assertThat(heading()).isEqualTo("Dashboard · Westhoek");
        assertThat(browser().findElement(By.cssSelector(".nav [aria-current=page]")).getText()).isEqualTo("Dashboard");
        assertTilesShow(westhoek);
        assertThat(textOf(By.cssSelector("[data-figure=completed]"))).contains("verplicht").contains("rechthebbend");
        assertThat(textOf(By.cssSelector("[data-figure=hours-month]"))).contains("bevestigde uren in ");

        // The chart is a table: a caption, a row per category with its label, hours and share; the bars are drawn
        // beside the numbers and hidden from screen readers, which read the numbers.
        WebElement chart = find(By.cssSelector("[data-testid=hours-by-category]"));
        assertThat(chart.findElement(By.tagName("caption")).getAttribute("textContent"))
                .contains("Bevestigde uren per rapporteringscategorie");
        List<Map<String, Object>> categories = westhoek.getList("hours.byCategory");
        assertThat(chart.findElements(By.cssSelector("tbody tr"))).hasSize(categories.size());
        Map<String, Object> group = categories.stream()
                .filter(c -> "conversation-group".equals(c.get("categoryId"))).findFirst().orElseThrow();
        WebElement row = find(By.cssSelector("tr[data-category='alternative/conversation-group']"));
        assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo("Conversatiegroep");
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo("Alternatief traject");
        assertThat(cells.get(1).getText()).isEqualTo(dutch(((Number) group.get("hours")).doubleValue()));
        assertThat(cells.get(2).getText()).isEqualTo(new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(
                Locale.forLanguageTag("nl-BE"))).format(((Number) group.get("percent")).doubleValue()) + " %");
        assertThat(cells.get(3).getAttribute("aria-hidden")).isEqualTo("true");
        double widest = categories.stream().mapToDouble(c -> ((Number) c.get("hours")).doubleValue()).max().orElseThrow();
        assertThat(Double.parseDouble(row.findElement(By.cssSelector(".chart__bar")).getAttribute("width")))
                .isCloseTo(100 * ((Number) group.get("hours")).doubleValue() / widest, within(0.06));
        assertEveryTextTranslated();
        screenshot("dashboard");

        // An earlier month: its hours (the tile names the month the API counted), in the address; back to this month.
        YearMonth previous = YearMonth.from(TODAY).minusMonths(1);
        JsonPath earlier = figures("westhoek", previous);
        String previousName = previous.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl-BE")));
        choose(By.id("dashboard-month"), previousName);
        waitForText(By.cssSelector("[data-figure=hours-month]"), previousName);
        assertThat(browser().getCurrentUrl()).endsWith("#/dashboard?network=westhoek&month=" + previous);
        assertTilesShow(earlier);
        choose(By.id("dashboard-month"), YearMonth.from(TODAY).format(DateTimeFormatter.ofPattern("MMMM yyyy",
                Locale.forLanguageTag("nl-BE"))));
        waitUntil(d -> d.getCurrentUrl().endsWith("#/dashboard?network=westhoek") ? true : null);
        assertTilesShow(westhoek);

        // Another network in the chooser: its figures, in the address.
        choose(By.id("dashboard-network"), "Limburg");
        waitForText(By.cssSelector("main h1"), "Limburg");
        assertThat(browser().getCurrentUrl()).endsWith("#/dashboard?network=limburg");
        assertTilesShow(figures("limburg"));

        // All networks: the administrator's whole scope.
        choose(By.id("dashboard-network"), "Alle netwerken");
        waitUntil(d -> "Dashboard".equals(heading()) ? true : null);
        assertThat(browser().getCurrentUrl()).endsWith("#/dashboard");
        assertTilesShow(figures(null));

        // In English, labels and the category names from the API follow.
        find(By.cssSelector("button[data-language=en]")).click();
        waitForText(By.cssSelector("[data-figure=newcomers]"), "newcomers in the fourth pillar");
        waitForText(By.cssSelector("tr[data-category='alternative/conversation-group'] th"), "Conversation group");
        assertEveryTextTranslated();
        find(By.cssSelector("button[data-language=nl]")).click();
        waitForText(By.cssSelector("[data-figure=newcomers]"), "nieuwkomers in de vierde pijler");
    }
}
