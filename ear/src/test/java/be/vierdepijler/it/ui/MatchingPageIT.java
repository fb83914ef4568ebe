package be.vierdepijler.it.ui;

import static be.vierdepijler.it.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import be.vierdepijler.it.TestData;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Matching in the browser, in Zuid-West-Vlaanderen (Kortrijk), which no other test uses: a coordinator makes a
 * proposal for the network, reads why a pair scored as it did, and approves it through the buddy type's placement
 * fields (first refused at the field the API names, nothing typed lost); the duo is then a placement in the newcomer's
 * trajectory over the API. And one newcomer's ranked suggestions of buddies and offers, each criterion explained.
 */
class MatchingPageIT extends BrowserTest {

    private static final String KORTRIJK = "34022";
    private static final String NETWORK = "zuid-west-vlaanderen";
    private static final String PASSWORD = "matching-page-password-1";
    private static final String CHOSEN = "matching-page-chosen-2";

    private final TestData data = new TestData(this::api);

    @Test
    void aCoordinatorApprovesAProposedDuoAndItBecomesAPlacement() {
        data.takesPart(KORTRIJK);
        String last = "Koppel" + unique();
        long buddy = buddy("Wout", last, "[\"ps\",\"nl\"]", "[\"music\",\"sport\"]", 1);
        long newcomer = newcomer("Farid", last, "[\"ps\",\"nl\"]", "[\"music\",\"sport\"]");
        long trajectory = data.activeTrajectory(newcomer);
        String coordinator = "coordinator-zwvl." + unique();
        api().contentType("application/json").body("{\"username\":\"" + coordinator + "\",\"displayName\":\"Coördinator"
                + " Zuid-West\",\"role\":\"network-coordinator\",\"networkIds\":[\"" + NETWORK + "\"],\"password\":\""
                + PASSWORD + "\"}").post("/users").then().statusCode(201);
        // The initial password is changed over the API, so that the browser goes straight to the page.
        as(signIn(coordinator, PASSWORD)).contentType("application/json").body("{\"currentPassword\":\"" + PASSWORD
                + "\",\"newPassword\":\"" + CHOSEN + "\"}").put("/session/password").then().statusCode(204);

        openAs(coordinator, CHOSEN, "/matching");
        waitForText(By.cssSelector("main h1"), "Koppelen");
        assertThat(valueOf(By.id("network"))).as("the coordinator's only network is chosen").isEqualTo(NETWORK);
        find(By.cssSelector("[data-testid=propose]")).click();
        waitForText(By.cssSelector("[data-testid=proposal-notice]"), "Voorstel klaar");

        WebElement row = find(By.cssSelector("tr[data-newcomer='" + newcomer + "']"));
        assertThat(row.getText()).contains("Farid " + last).contains("Wout " + last).contains("Voorgesteld");
        row.findElement(By.tagName("summary")).click();
        String why = row.findElement(By.cssSelector("[data-testid=criteria]")).getText();
        assertThat(why).contains("Nabijheid").contains("In dezelfde gemeente").contains("Gedeelde talen")
                .contains("Gedeelde interesses");
        screenshot("matching-proposal");

        row.findElement(By.cssSelector("[data-testid=approve]")).click();
        waitForText(By.cssSelector("#decision-title"), "Farid " + last);
        choose(By.id("placement-meetingRhythm"), "wekelijks");
        find(By.cssSelector("[data-testid=confirm-decision]")).click();
        assertThat(errorAt("placement-sharedLanguages")).isNotBlank();
        assertThat(new Select(find(By.id("placement-meetingRhythm")))
                .getFirstSelectedOption().getText()).as("nothing typed is lost").isEqualTo("wekelijks");
        api().get("/matches/newcomers/" + newcomer).then().statusCode(200)
                .body("status", equalTo("proposed"));

        type(By.id("placement-sharedLanguages"), "nl, ps");
        find(By.cssSelector("[data-testid=confirm-decision]")).click();
        waitForText(By.cssSelector("[data-testid=proposal-notice]"), "Goedgekeurd");
        waitForText(By.cssSelector("tr[data-newcomer='" + newcomer + "']"), "Gekoppeld");
        assertEveryTextTranslated();

        List<Map<String, Object>> placements = api().get("/trajectories/" + trajectory + "/placements").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(placements).hasSize(1);
        assertThat(placements.get(0)).containsEntry("typeId", "buddy").containsEntry("status", "active")
                .containsEntry("buddyId", (int) buddy);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) placements.get(0).get("attributes");
        assertThat(attributes).containsEntry("meetingRhythm", "weekly")
                .containsEntry("sharedLanguages", List.of("nl", "ps"));
        assertThat(placements.get(0).get("createdBy")).isEqualTo(coordinator);
        JsonPath status = api().get("/matches/newcomers/" + newcomer).jsonPath();
        assertThat(status.getString("status")).isEqualTo("matched");
        assertThat(status.getLong("pair.placementId")).isEqualTo(((Number) placements.get(0).get("id")).longValue());
        assertThat(api().get("/buddies/" + buddy).jsonPath().getInt("duosTaken")).isEqualTo(1);
    }

    @Test
    void aNewcomersSuggestionsExplainEveryCriterion() {
        data.takesPart(KORTRIJK);
        String last = "Suggestie" + unique();
        buddy("Lotte", last, "[\"ti\",\"nl\"]", "[\"work\",\"cooking\"]", 2);
        long newcomer = newcomer("Semhar", last, "[\"ti\",\"nl\"]", "[\"work\",\"cooking\"]");
        long organisation = api().contentType("application/json").body("{\"name\":\"Stagebedrijf " + last
                        + "\",\"kind\":\"company\",\"municipalityNis\":\"" + KORTRIJK + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"internship\",\"reportingCategory\":\"internship\",\"title\":\"Stage "
                        + last + "\",\"municipalityNis\":\"" + KORTRIJK + "\",\"requiredLevel\":\"A1\",\"capacity\":2,"
                        + "\"languages\":[\"ti\"],\"status\":\"published\"}")
                .post("/offers").then().statusCode(201);

        open("/matching/newcomers/" + newcomer);
        waitForText(By.cssSelector("main h1"), "Suggesties voor Semhar " + last);
        assertThat(textOf(By.cssSelector("[data-testid=match-status]"))).contains("Geen koppeling");

        WebElement buddies = find(By.cssSelector("[data-testid=buddy-suggestions]"));
        WebElement first = buddies.findElement(By.cssSelector("li.suggestion"));
        assertThat(first.getText()).contains("Lotte " + last).contains("Score");
        assertThat(first.getText()).contains("Nabijheid").contains("In dezelfde gemeente").contains("Gedeelde talen")
                .contains("Gedeelde interesses").contains("Beschikbaarheid").contains("Vrije plaatsen")
                .contains("Nog 2 duo's vrij");

        WebElement offers = find(By.cssSelector("[data-testid=offer-suggestions]"));
        WebElement offer = offers.findElements(By.cssSelector("li.suggestion")).stream()
                .filter(li -> li.getText().contains("Stage " + last)).findFirst().orElseThrow();
        assertThat(offer.findElements(By.cssSelector("[data-criterion]")).stream()
                .map(c -> c.getAttribute("data-criterion")).toList())
                .contains("nearness", "dutch-level", "languages", "availability", "capacity", "trajectory-type");
        assertThat(offer.getText()).contains("Niveau Nederlands").contains("Stagebedrijf " + last);
        assertEveryTextTranslated();
        screenshot("matching-suggestions");

        find(By.cssSelector("button[data-language=en]")).click();
        waitForText(By.cssSelector("main h1"), "Suggestions for Semhar " + last);
        waitForText(By.cssSelector("[data-testid=buddy-suggestions]"), "Nearness");
        assertEveryTextTranslated();
        find(By.cssSelector("button[data-language=nl]")).click();
        waitForText(By.cssSelector("main h1"), "Suggesties voor");
    }

    private long buddy(String first, String last, String languages, String interests, int capacity) {
        return api().contentType("application/json").body("{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                        + "\",\"email\":\"buddy@example.org\",\"municipalityNis\":\"" + KORTRIJK + "\",\"languages\":"
                        + languages + ",\"interests\":" + interests + ",\"availability\":[\"sat-morning\"],"
                        + "\"screening\":\"screened\",\"training\":\"trained\",\"trainedOn\":\"2025-06-01\","
                        + "\"capacity\":" + capacity + ",\"status\":\"active\",\"consents\":{\"matching\":true}}")
                .post("/buddies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long newcomer(String first, String last, String languages, String interests) {
        return api().contentType("application/json").body("{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                        + "\",\"integrationStatus\":\"obliged\",\"municipalityNis\":\"" + KORTRIJK
                        + "\",\"dutchLevel\":\"A2\",\"languages\":" + languages + ",\"interests\":" + interests
                        + ",\"availability\":[\"sat-morning\"],\"referralChannel\":\"agency\","
                        + "\"integrationContractDate\":\"2025-01-15\",\"integrationProgress\":\"running\","
                        + "\"consents\":{\"matching\":true}}")
                .post("/newcomers").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
