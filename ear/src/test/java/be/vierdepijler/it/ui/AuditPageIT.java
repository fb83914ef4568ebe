package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The audit log as an administrator: a change made through the users page shows with who, when (Belgian time) and
 * what changed; the reads of that user's record can be narrowed by reader and record; the kind filter shows the
 * changes of other records, such as a newcomer's.
 */
class AuditPageIT extends BrowserTest {

    private static final DateTimeFormatter BELGIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    @Test
    void listsTheChangeMadeOnTheUsersPageAndTheReadsOfThatRecord() {
        String username = "dirk.maes." + Long.toString(System.nanoTime(), 36);
        long id = api().contentType("application/json").body("{\"username\":\"" + username
                        + "\",\"displayName\":\"Dirk Maes\",\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"],"
                        + "\"password\":\"audit-page-password-1\"}")
                .post("/users").then().statusCode(201).extract().jsonPath().getLong("id");

        open("/users/" + id);
        assertThat(heading()).isEqualTo("Dirk Maes");
        type(By.id("displayName"), "Dirk Maes-Janssens");
        find(By.cssSelector("#networkIds input[value=kempen]")).click();
        find(By.cssSelector("[data-testid=save]")).click();
        waitForText(By.cssSelector("[data-testid=saved]"), "opgeslagen");

        open("/audit");
        assertThat(heading()).isEqualTo("Auditlogboek");
        assertThat(find(By.cssSelector("nav.nav [aria-current=page]")).getText()).isEqualTo("Auditlogboek");
        type(By.id("filter-id"), String.valueOf(id));
        find(By.cssSelector("[data-testid=filter]")).click();
        JsonPath changes = api().get("/audit/changes?id=" + id).jsonPath();
        assertThat(changes.getLong("totalItems")).isGreaterThanOrEqualTo(2);
        waitForText(By.cssSelector("[data-testid=result-count]"), changes.getLong("totalItems") + " wijzigingen");
        assertThat(browser().getCurrentUrl()).contains("id=" + id);
        String newest = "[data-testid=changes] tbody tr:first-child";
        String row = textOf(By.cssSelector(newest));
        assertThat(row).contains(BELGIAN.format(Instant.parse(changes.getString("items[0].at"))), "admin",
                username, "Gewijzigd");
        // What changed, old → new; the fields that stayed are not listed.
        assertThat(textOf(By.cssSelector(newest + " li[data-field=displayName]")))
                .isEqualTo("Naam: Dirk Maes → Dirk Maes-Janssens");
        assertThat(textOf(By.cssSelector(newest + " li[data-field=networkIds]")))
                .isEqualTo("Netwerken: westhoek → kempen, westhoek");
        assertThat(browser().findElements(By.cssSelector(newest + " li[data-field=role]"))).isEmpty();
        assertThat(textOf(By.cssSelector("[data-testid=changes] tbody tr:last-child")))
                .contains("Aangemaakt", "Trajectbegeleider");

        // The reads: the users page opened this record (twice: before and after saving, and the list does not).
        find(By.cssSelector("[data-tab=reads]")).click();
        waitForText(By.cssSelector("main .tabs [aria-current=page]"), "Raadplegingen");
        type(By.id("filter-by"), "admin");
        type(By.id("filter-id"), String.valueOf(id));
        find(By.cssSelector("[data-testid=filter]")).click();
        long reads = api().get("/audit/reads?by=admin&id=" + id).jsonPath().getLong("totalItems");
        assertThat(reads).isPositive();
        waitForText(By.cssSelector("[data-testid=result-count]"), reads == 1 ? "1 raadpleging" : reads + " raadplegingen");
        // The id filter spans every kind of record: a newcomer with the same id read by admin is listed too.
        List<String> rows = browser().findElements(By.cssSelector("[data-testid=reads] tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r).contains("admin", String.valueOf(id)));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Gebruiker"));
        assertThat(textOf(By.cssSelector("[data-testid=reads] tbody tr td.mono")))
                .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

        type(By.id("filter-by"), "nobody-reads-this");
        find(By.cssSelector("[data-testid=filter]")).click();
        waitForText(By.cssSelector(".empty"), "Niets gevonden.");
        assertEveryTextTranslated();
    }

    @Test
    void filtersTheChangesByKindOfRecordAndShowsANewcomersChange() {
        String family = "Pagina" + Long.toString(System.nanoTime(), 36);
        String body = "{\"firstName\":\"Audit\",\"lastName\":\"" + family + "\",\"email\":\"eerst@example.org\","
                + "\"integrationStatus\":\"entitled\",\"municipalityNis\":\"33011\",\"referralChannel\":\"self\","
                + "\"integrationProgress\":\"running\"}";
        var created = api().contentType("application/json").body(body).post("/newcomers").then().statusCode(201)
                .extract();
        long id = created.jsonPath().getLong("id");
        api().contentType("application/json").header("If-Match", created.header("ETag"))
                .body(body.replace("eerst@example.org", "later@example.org")).put("/newcomers/" + id).then()
                .statusCode(200);

        open("/audit");
        choose(By.id("filter-kind"), "Inburgeraar");
        type(By.id("filter-id"), String.valueOf(id));
        find(By.cssSelector("[data-testid=filter]")).click();
        waitForText(By.cssSelector("[data-testid=result-count]"), "2 wijzigingen");
        assertThat(browser().getCurrentUrl()).contains("kind=newcomer").contains("id=" + id);
        String newest = "[data-testid=changes] tbody tr:first-child";
        assertThat(textOf(By.cssSelector(newest))).contains("Audit " + family, "Gewijzigd");
        assertThat(textOf(By.cssSelector(newest + " li[data-field=email]")))
                .isEqualTo("E-mail: eerst@example.org → later@example.org");
        assertThat(find(By.cssSelector(newest + " a")).getAttribute("href")).endsWith("#/newcomers/" + id);
        assertEveryTextTranslated();
    }
}
