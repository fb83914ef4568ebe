package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The municipalities: searching, filtering and paging done by the API, and the membership form under optimistic
 * locking. Each test edits a municipality no other test touches.
 */
class MunicipalitiesPageIT extends BrowserTest {

    private static final By COUNT = By.cssSelector("[data-testid=result-count]");
    private static final By PAGE_STATUS = By.cssSelector("[data-testid=page-status]");
    private static final By SAVE = By.cssSelector("[data-testid=save]");
    private static final By FROM = By.id("participatingFrom");
    private static final By UNTIL = By.id("participatingUntil");

    private List<String> shownNames() {
        return browser().findElements(By.cssSelector("[data-testid=municipalities] tbody th")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> apiNames(String query) {
        return api().get("/municipalities?" + query).jsonPath().getList("items.name", String.class);
    }

    private static String found(long count) {
        return count == 1 ? "1 gemeente gevonden" : count + " gemeenten gevonden";
    }

    private void waitForCount(long count) {
        waitUntil(d -> found(count).equals(textOf(COUNT).strip()) ? true : null);
    }

    @Test
    void pagesThroughAll304AsTheApiPagesThem() {
        open("/municipalities");
        waitForCount(304);
        assertThat(textOf(PAGE_STATUS)).isEqualTo("Pagina 1 van 16");
        assertThat(shownNames()).isEqualTo(apiNames("page=0&size=20"));
        assertThat(find(By.cssSelector("[data-testid=previous-page]")).isEnabled()).isFalse();

        find(By.cssSelector("[data-testid=next-page]")).click();
        waitForText(PAGE_STATUS, "Pagina 2 van 16");
        waitUntil(d -> shownNames().equals(apiNames("page=1&size=20")) ? true : null);
        assertThat(browser().getCurrentUrl()).endsWith("#/municipalities?page=2");

        // Sorting is the API's too, and starts again at the first page.
        find(By.cssSelector("button[data-sort=nisCode]")).click();
        waitForText(PAGE_STATUS, "Pagina 1 van 16");
        waitUntil(d -> shownNames().equals(apiNames("page=0&size=20&sort=nisCode")) ? true : null);
        assertThat(find(By.cssSelector("th[aria-sort=ascending]")).getText()).contains("NIS-CODE");

        browser().navigate().back(); // filters and page live in the address
        waitForText(PAGE_STATUS, "Pagina 2 van 16");
    }

    @Test
    void searchesByNameAndFiltersByProvinceAndNetwork() {
        open("/municipalities");
        waitForText(COUNT, "304");
        type(By.id("filter-q"), "beek");
        List<String> expected = apiNames("q=beek&size=20");
        long total = api().get("/municipalities?q=beek").jsonPath().getLong("totalItems");
        waitForCount(total);
        waitUntil(d -> shownNames().equals(expected) ? true : null);
        assertThat(shownNames()).allMatch(name -> name.toLowerCase().contains("beek"));

        choose(By.id("filter-province"), "Limburg");
        JsonPath limburg = api().get("/municipalities?q=beek&province=limburg").jsonPath();
        waitForCount(limburg.getLong("totalItems"));
        waitUntil(d -> shownNames().equals(limburg.getList("items.name", String.class)) ? true : null);
        assertThat(browser().getCurrentUrl()).contains("q=beek").contains("province=limburg");

        open("/municipalities");
        choose(By.id("filter-network"), "Westhoek");
        waitForCount(17);
        assertThat(browser().findElements(By.cssSelector("[data-testid=next-page]"))).isEmpty();
        type(By.id("filter-q"), "xyz");
        waitForText(By.cssSelector(".empty"), "Geen gemeente voldoet aan deze filters.");
    }

    @Test
    void aMembershipErrorShowsAtItsFieldKeepsTheInputAndThenSaves() {
        open("/municipalities/32003");
        assertThat(heading()).isEqualTo("Diksmuide");
        waitForText(By.cssSelector("[data-testid=membership-current]"), "geen deelname");

        type(FROM, "01/01/2024");
        type(UNTIL, "31/12/2023");
        find(SAVE).click();

        // The API's own rule and words, at the field it names.
        assertThat(errorAt("participatingUntil")).contains("ligt voor de begindatum");
        assertThat(fieldsWithErrors()).containsExactly("participatingUntil");
        assertThat(find(By.cssSelector(".error-summary")).getText()).contains("Deelname tot en met");
        assertThat(valueOf(FROM)).isEqualTo("01/01/2024");
        assertThat(valueOf(UNTIL)).isEqualTo("31/12/2023");
        assertThat(api().get("/municipalities/32003").jsonPath().getString("membership.participatingFrom")).isNull();

        // A date that is no date: named at its field in the format the form asked for.
        type(FROM, "31/02/2024");
        find(SAVE).click();
        assertThat(errorAt("participatingFrom")).endsWith("Geef een datum als dag/maand/jaar, bv. 22/11/2026.");
        assertThat(valueOf(FROM)).isEqualTo("31/02/2024");

        type(FROM, "01/01/2024");
        type(UNTIL, "");
        find(SAVE).click();
        waitForText(By.cssSelector("[data-testid=saved]"), "De deelname is opgeslagen.");
        assertThat(fieldsWithErrors()).isEmpty();
        waitForText(By.cssSelector("[data-testid=membership-current]"), "van 01/01/2024 tot onbepaalde duur");
        assertThat(textOf(By.cssSelector(".page-header .badge"))).isEqualTo("Neemt deel sinds 01/01/2024");
        JsonPath stored = api().get("/municipalities/32003").jsonPath();
        assertThat(stored.getString("membership.participatingFrom")).isEqualTo("2024-01-01");
        assertThat(stored.getString("membership.participatingUntil")).isNull();
    }

    @Test
    void somebodyElsesChangeIsExplainedNotOverwrittenAndTheInputStays() {
        open("/municipalities/32006");
        assertThat(heading()).isEqualTo("Houthulst");
        type(FROM, "01/03/2024");

        // Meanwhile a colleague saves, with the version the page also read.
        String etag = api().get("/municipalities/32006").header("ETag");
        api().contentType("application/json").header("If-Match", etag)
                .body("{\"participatingFrom\":\"2022-01-01\"}")
                .put("/municipalities/32006/membership").then().statusCode(200);

        find(SAVE).click();
        assertThat(waitForText(By.cssSelector("[data-testid=changed-meanwhile]"), "Intussen door iemand anders gewijzigd"))
                .contains("niets opgeslagen");
        assertThat(valueOf(FROM)).isEqualTo("01/03/2024");
        assertThat(api().get("/municipalities/32006").jsonPath().getString("membership.participatingFrom"))
                .isEqualTo("2022-01-01");

        find(By.cssSelector("[data-testid=changed-meanwhile] button")).click();
        waitForText(By.cssSelector("[data-testid=membership-current]"), "van 01/01/2022");
        assertThat(valueOf(FROM)).isEqualTo("01/03/2024");
        find(SAVE).click();
        waitForText(By.cssSelector("[data-testid=saved]"), "opgeslagen");
        assertThat(api().get("/municipalities/32006").jsonPath().getString("membership.participatingFrom"))
                .isEqualTo("2024-03-01");
    }
}
