package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reports page in the browser: the list of reports from the registry, a report opened with its filters from the
 * address, its figures as the API answers them (the Belgian way, the totals in the table's foot), and download links
 * that carry the same filters and answer the file; the dashboard's trend chart is a table with its downloads.
 */
class ReportsPageIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    private static String dutch(Object value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-BE")))
                .format(((Number) value).longValue());
    }

    @Test
    void opensAReportWithItsFiltersShowsItsFiguresAndDownloadsWithTheSameFilters() {
        forgetSession();
        String from = "2024-01-01";
        String to = TODAY.toString();
        JsonPath json = api().queryParam("network", "westhoek").queryParam("from", from).queryParam("to", to)
                .get("/reports/completions").then().statusCode(200).extract().jsonPath();
        Map<String, Object> westhoek = json.getMap("tables[0].rows.find { it.network == 'Westhoek' }");

        open("/reports?report=completions&network=westhoek&from=" + from + "&to=" + to);
        WebElement table = find(By.cssSelector("[data-testid=report-table-completions]"));
        assertThat(heading()).isEqualTo("Rapporten");
        assertThat(browser().findElement(By.cssSelector(".nav [aria-current=page]")).getText()).isEqualTo("Rapporten");
        assertThat(browser().findElements(By.cssSelector("[data-testid=report-list] a[data-report]")))
                .extracting(WebElement::getText).contains("Voltooide en lopende trajecten",
                        "Uren per rapporteringscategorie", "Trend per maand",
                        "Buddy's per provincie en netwerk");
        assertThat(table.findElement(By.tagName("caption")).getAttribute("textContent"))
                .isEqualTo("Voltooide en lopende trajecten per netwerk");
        WebElement row = table.findElement(By.cssSelector("tbody tr"));
        assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo("Westhoek");
        assertThat(row.findElement(By.cssSelector("td[data-column=completed]")).getText())
                .isEqualTo(dutch(westhoek.get("completed")));
        assertThat(row.findElement(By.cssSelector("td[data-column=runningObliged]")).getText())
                .isEqualTo(dutch(westhoek.get("runningObliged")));
        assertThat(table.findElement(By.cssSelector("tfoot th")).getText()).isEqualTo("Totaal");
        assertThat(valueOf(By.id("report-from"))).isEqualTo(from);
        assertThat(textOf(By.cssSelector("[data-testid=report-parameters]"))).contains("Westhoek");

        // The downloads carry the filters, and answer the file with the browser's own session.
        String csv = find(By.cssSelector("[data-testid=download-csv-completions]")).getAttribute("href");
        assertThat(csv).contains("reports/completions?").contains("network=westhoek").contains("from=" + from)
                .contains("to=" + to).contains("format=csv");
        String xlsx = find(By.cssSelector("[data-testid=download-xlsx]")).getAttribute("href");
        assertThat(xlsx).contains("network=westhoek").contains("from=" + from).contains("to=" + to)
                .contains("format=xlsx");
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(async r => done([r.status, r.headers.get('Content-Type'), (await r.text()).split('\\r\\n')]))
                    .catch(e => done(['failed: ' + e]));
                """, csv);
        assertThat(answer.get(0)).isEqualTo(200L);
        assertThat((String) answer.get(1)).startsWith("text/csv");
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) answer.get(2);
        assertThat(lines.get(1)).startsWith("Westhoek;").contains(";" + westhoek.get("completed") + ";");
        assertEveryTextTranslated();
        assertThat(accessibilityViolations()).as("WCAG 2.1 A/AA").isEmpty();

        // Another report from the list keeps the network.
        click(By.cssSelector("[data-report=buddies]"));
        find(By.cssSelector("section[data-table=provinces]")); // a table, or "no figures" when no buddy lives there yet
        assertThat(browser().getCurrentUrl()).contains("report=buddies").contains("network=westhoek");
        assertThat(browser().findElements(By.cssSelector("[data-testid^=download-csv-]"))).hasSize(5);
    }

    @Test
    void theDashboardDrawsTheTrendAsATableWithItsDownloads() {
        forgetSession();
        JsonPath trends = api().queryParam("network", "westhoek").get("/reports/trends").then().statusCode(200)
                .extract().jsonPath();
        String month = TODAY.toString().substring(0, 7);
        open("/dashboard?network=westhoek");
        WebElement trend = find(By.cssSelector("[data-testid=trend]"));
        assertThat(trend.findElements(By.cssSelector("tbody tr"))).hasSize(24);
        WebElement current = trend.findElement(By.cssSelector("tr[data-month='" + month + "']"));
        assertThat(current.findElements(By.tagName("td")).get(0).getText())
                .isEqualTo(dutch(trends.getMap("tables[0].totals").get(month)));
        assertThat(current.findElements(By.tagName("td")).get(1).getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(find(By.cssSelector("[data-testid=trend-csv]")).getAttribute("href"))
                .contains("reports/trends?").contains("network=westhoek").contains("format=csv")
                .contains("table=completions");
        assertThat(find(By.cssSelector("[data-testid=trend-xlsx]")).getAttribute("href")).contains("format=xlsx");
        assertThat(accessibilityViolations()).as("WCAG 2.1 A/AA").isEmpty();
    }
}
