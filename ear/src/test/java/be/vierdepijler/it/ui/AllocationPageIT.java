package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.it.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The regional allocation in the browser: a refused calculation shows the API's reason at the field, a calculation
 * shows all 18 networks with a bar each and a total equal to the amount, saving opens the saved allocation with its
 * downloads; a coordinator reads the saved allocations but gets no form.
 */
class AllocationPageIT extends BrowserTest {

    private static final String PASSWORD = "allocation-password-1";

    @Test
    void anAdministratorCalculatesSeesEveryNetworkAndSaves() {
        forgetSession();
        new TestData(this::api).participates(TestData.IEPER);
        String name = "Pagina " + TestData.unique();
        open("/funding/allocations");
        type(By.id("allocation-name"), name);
        type(By.id("allocation-amount"), "12,345");
        type(By.id("allocation-weight-inhabitants"), "0");
        type(By.id("allocation-weight-first-integration-contracts"), "0");
        click(By.cssSelector("[data-testid=calculate]"));
        waitUntil(d -> d.findElements(By.id("allocation-amount-error")).isEmpty() ? null : true);
        assertThat(errorAt("allocation-amount")).contains("twee decimalen");

        type(By.id("allocation-amount"), "1.000,00");
        click(By.cssSelector("[data-testid=calculate]"));
        waitForText(By.cssSelector("[data-testid=allocation-total]"), "1.000,00");
        List<WebElement> rows = find(By.cssSelector("[data-testid=allocation-table]"))
                .findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(18).allSatisfy(r -> assertThat(r.findElements(By.cssSelector("svg rect")))
                .hasSize(1));
        assertThat(find(By.cssSelector("[data-testid=allocation-table] tr[data-network=westhoek] [data-final]"))
                .getText()).isNotEqualTo("0,00");
        assertEveryTextTranslated();

        click(By.cssSelector("[data-testid=save]"));
        waitForText(By.cssSelector("main h1"), name);
        assertThat(browser().getCurrentUrl()).matches(".*#/funding/allocations/\\d+$");
        waitForText(By.cssSelector("[data-testid=allocation-total]"), "1.000,00");
        assertThat(find(By.cssSelector("[data-testid=download-csv]")).getAttribute("href")).contains("format=csv");
        assertThat(find(By.cssSelector("[data-testid=download-xlsx]")).getAttribute("href")).contains("format=xlsx");
        assertEveryTextTranslated();
    }

    @Test
    void aCoordinatorReadsTheSavedAllocationsButGetsNoForm() {
        String username = "verdeling.coordinator." + TestData.unique();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"Verdeling\","
                + "\"role\":\"network-coordinator\",\"networkIds\":[\"westhoek\"],\"password\":\"" + PASSWORD + "\"}")
                .post("/users").then().statusCode(201);
        String chosen = PASSWORD + "-chosen";
        as(signIn(username, PASSWORD)).contentType("application/json").body("{\"currentPassword\":\"" + PASSWORD
                + "\",\"newPassword\":\"" + chosen + "\"}").put("/session/password").then().statusCode(204);

        openAs(username, chosen, "/funding/allocations");
        waitForText(By.cssSelector("main h1"), "Regionale verdeling");
        waitUntil(d -> d.findElements(By.cssSelector("main .loading")).isEmpty() ? true : null);
        assertThat(browser().findElements(By.cssSelector("[data-testid=allocation-form]"))).isEmpty();
        assertThat(textOf(By.cssSelector(".nav"))).contains("Regionale verdeling");
        forgetSession();
    }
}
