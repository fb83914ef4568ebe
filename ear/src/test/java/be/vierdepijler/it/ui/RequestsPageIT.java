package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.it.TestData;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Requests to take part in the browser: a request left on the public form shows in the counsellors' list and on its
 * own page; "Opnemen als nieuwkomer" opens the new-newcomer form filled in from the request, and saving it links the
 * request to the new newcomer; another request is linked to that newcomer through the search, a third declined with a
 * reason.
 */
class RequestsPageIT extends BrowserTest {

    private String submit(String firstName, String phone, Long offer) {
        return anonymous().contentType("application/json").body("{\"firstName\":\"" + firstName
                        + "\",\"municipalityNis\":\"" + TestData.IEPER + "\",\"phone\":\"" + phone + "\",\"offerId\":"
                        + offer + ",\"language\":\"ar\",\"consent\":true,\"shareWithOrganisation\":false}")
                .post("/public/participation-requests").then().statusCode(202).extract().jsonPath()
                .getString("reference");
    }

    private JsonPath request(String reference) {
        return api().get("/participation-requests?status=&q=" + reference).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRequestIsTakenInThroughTheNewNewcomerFormAndOthersAreLinkedOrDeclined() {
        TestData data = new TestData(this::api);
        long organisation = data.organisation(TestData.IEPER);
        long offer = data.offer(organisation, TestData.IEPER);
        String name = "Amina" + Long.toString(System.nanoTime(), 36);
        String phone = "0470" + String.format("%06d", Math.floorMod(System.nanoTime(), 1_000_000));
        String reference = submit(name, phone, offer);

        open("/worklist");
        waitForText(By.cssSelector("[data-testid=open-requests]"), "om deel te nemen");
        click(By.cssSelector("[data-testid=open-requests] a"));
        waitForText(By.cssSelector("main h1"), "Aanvragen om deel te nemen");

        open("/requests?q=" + reference);
        assertThat(textOf(By.cssSelector("nav.nav"))).contains("Aanvragen");
        waitForText(By.cssSelector("[data-testid=result-count]"), "1 aanvraag gevonden");
        assertThat(textOf(By.cssSelector("[data-testid=requests] tbody"))).contains(name).contains(reference)
                .contains("Ieper").contains("Babbeltafel").contains("Open");
        find(By.linkText(name)).click();

        waitForText(By.cssSelector("main h1"), name);
        assertThat(textOf(By.cssSelector("[data-testid=request-facts]"))).contains(phone).contains("Arabisch")
                .contains("Babbeltafel");
        find(By.cssSelector("[data-testid=intake]")).click();

        waitForText(By.cssSelector("[data-testid=intake-request]"), reference);
        assertThat(valueOf(By.id("firstName"))).isEqualTo(name);
        assertThat(valueOf(By.id("phone"))).isEqualTo(phone);
        waitUntil(d -> TestData.IEPER.equals(d.findElement(By.id("municipalityNis")).getAttribute("value")) ? true
                : null);
        type(By.id("lastName"), "Aanvraag");
        find(By.cssSelector("label[for=integrationStatus-1]")).click();
        choose(By.id("integrationProgress"), "Inburgeringstraject loopt");
        find(By.cssSelector("[data-testid=create]")).click();

        waitForText(By.cssSelector("[data-testid=created]"), "");
        String url = browser().getCurrentUrl();
        long newcomer = Long.parseLong(url.replaceAll(".*#/newcomers/(\\d+).*", "$1"));
        JsonPath taken = request(reference);
        assertThat(taken.getString("items[0].status")).isEqualTo("taken-in");
        assertThat(taken.getLong("items[0].newcomerId")).isEqualTo(newcomer);

        // A second request of the same person: linked to the newcomer just made, found by name.
        String second = submit(name, phone, null);
        open("/requests/" + request(second).getLong("items[0].id"));
        waitForText(By.cssSelector("main h1"), name);
        type(By.id("newcomer"), name);
        waitUntil(d -> d.findElements(By.cssSelector(".lookup__match")).isEmpty() ? null : true);
        click(By.cssSelector(".lookup__match"));
        click(By.cssSelector("[data-testid=link]"));
        waitForText(By.cssSelector("[data-testid=handled]"), "Opgenomen door admin");
        assertThat(request(second).getLong("items[0].newcomerId")).isEqualTo(newcomer);
        click(By.cssSelector("[data-testid=linked-newcomer]"));
        waitForText(By.cssSelector("main h1"), name + " Aanvraag");

        // A third: declined with a reason.
        String third = submit(name + "x", phone.replace("0470", "0471"), null);
        open("/requests/" + request(third).getLong("items[0].id"));
        waitForText(By.cssSelector("main h1"), name);
        click(By.cssSelector("[data-testid=decline]"));
        waitUntil(d -> d.findElements(By.cssSelector("[data-testid=problem]")).isEmpty() ? null : true);
        type(By.id("reason"), "Woont niet in het netwerk");
        click(By.cssSelector("[data-testid=decline]"));
        waitForText(By.cssSelector("[data-testid=handled]"), "Woont niet in het netwerk");
        assertThat(request(third).getString("items[0].status")).isEqualTo("declined");
    }
}
