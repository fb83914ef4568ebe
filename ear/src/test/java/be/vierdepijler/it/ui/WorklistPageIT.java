package be.vierdepijler.it.ui;

import static be.vierdepijler.it.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.it.Fixtures;
import be.vierdepijler.it.TestData;
import be.vierdepijler.it.WorklistFixture;
import io.restassured.path.json.JsonPath;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A counsellor's day starts on the worklist: signing in leads there, their own trajectory shows its reasons as Dutch
 * badges with their detail, the reason filter and "alleen mijn trajecten" live in the address, and the newcomer's
 * name leads to the trajectory. A coordinator sees the worklist's counts on the dashboard, each a link to the list.
 * The trajectory opened weeks ago is made with {@link WorklistFixture}.
 */
@Fixtures(WorklistFixture.class)
class WorklistPageIT extends BrowserTest {

    private static final String PASSWORD = "worklist-pages-1";
    private static final DateTimeFormatter BELGIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    private final TestData data = new TestData(this::api);

    /** A user with a password of their own (not one an administrator set, which must be changed first). */
    private String user(String name, String scope) {
        String username = name + "." + unique();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\"," + scope + ",\"password\":\"initial-" + PASSWORD + "\"}").post("/users").then().statusCode(201);
        as(signIn(username, "initial-" + PASSWORD)).contentType("application/json")
                .body("{\"currentPassword\":\"initial-" + PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}")
                .put("/session/password").then().statusCode(204);
        return username;
    }

    /** A newcomer of Ieper and their trajectory, opened (and started, unless in intake) by the counsellor. */
    private long trajectory(Session counsellor, String first, String last, String deadline, boolean start) {
        long newcomer = as(counsellor).contentType("application/json").body("{\"firstName\":\"" + first
                        + "\",\"lastName\":\"" + last + "\",\"integrationStatus\":\"entitled\",\"municipalityNis\":\""
                        + TestData.IEPER + "\",\"dutchLevel\":\"A2\",\"referralChannel\":\"self\","
                        + "\"integrationProgress\":\"running\"}")
                .post("/newcomers").then().statusCode(201).extract().jsonPath().getLong("id");
        long id = as(counsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer
                        + (deadline == null ? "" : ",\"deadline\":\"" + deadline + "\"") + "}")
                .post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        if (start) {
            as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                    .post("/trajectories/" + id + "/transitions").then().statusCode(200);
        }
        return id;
    }

    @Test
    void aCounsellorLandsOnTheirWorklistReadsTheReasonsAndOpensTheTrajectory() {
        data.takesPart(TestData.IEPER);
        String suffix = unique();
        String counsellor = user("begeleider", "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]");
        Session asCounsellor = signIn(counsellor, PASSWORD);
        // started 22 days ago and nothing since: no hours for 3 weeks, and no placement
        long idle = trajectory(asCounsellor, "Amina", "Stil" + suffix, null, true);
        api().contentType("text/plain").body(TODAY.minusDays(22).toString())
                .put("/test-fixtures/worklist/trajectories/" + idle + "/opened-on").then().statusCode(204);
        // the deadline in 10 days, nothing confirmed yet
        long soon = trajectory(asCounsellor, "Bilal", "Haast" + suffix, TODAY.plusDays(10).toString(), false);
        // a colleague's trajectory: not on this counsellor's own list
        String colleague = user("collega", "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]");
        long theirs = trajectory(signIn(colleague, PASSWORD), "Chaima", "Ander" + suffix,
                TODAY.plusDays(5).toString(), false);

        openAs(counsellor, PASSWORD, "/");
        waitUntil(d -> d.getCurrentUrl().endsWith("#/worklist") ? true : null);
        assertThat(heading()).isEqualTo("Werklijst");
        assertThat(textOf(By.cssSelector(".nav [aria-current=page]"))).isEqualTo("Werklijst");
        waitForText(By.cssSelector("[data-testid=result-count]"), "2 trajecten vragen aandacht");
        assertThat(find(By.id("filter-mine")).isSelected()).isTrue();
        assertThat(browser().findElements(By.cssSelector("tr[data-trajectory='" + theirs + "']"))).isEmpty();

        WebElement row = find(By.cssSelector("tr[data-trajectory='" + idle + "']"));
        assertThat(row.findElement(By.cssSelector("th a")).getText()).isEqualTo("Amina Stil" + suffix);
        WebElement noHours = row.findElement(By.cssSelector("[data-reason=no-hours]"));
        assertThat(noHours.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Geen uren");
        assertThat(noHours.getText()).contains("3 weken geen uren sinds de start op "
                + TODAY.minusDays(22).format(BELGIAN));
        assertThat(row.findElement(By.cssSelector("[data-reason=intake-stalled]")).getText())
                .contains("Nog geen plaatsing").contains("22 dagen zonder plaatsing");
        assertThat(row.getText()).contains("Lopend").contains("0,00 van 40,00");
        WebElement deadline = find(By.cssSelector("tr[data-trajectory='" + soon + "'] [data-reason=deadline-near]"));
        assertThat(deadline.getText()).contains("Deadline nadert")
                .contains("Deadline " + TODAY.plusDays(10).format(BELGIAN) + ", nog 10 dagen: nog 40,00 uur nodig");
        assertEveryTextTranslated();
        assertThat(accessibilityViolations()).as("WCAG 2.1 A/AA on the worklist").isEmpty();
        screenshot("worklist");

        // One reason: the address says it, the other trajectory goes.
        choose(By.id("filter-reason"), "Deadline nadert");
        waitUntil(d -> d.getCurrentUrl().contains("reason=deadline-near") ? true : null);
        waitForText(By.cssSelector("[data-testid=result-count]"), "1 traject vraagt aandacht");
        assertThat(browser().findElements(By.cssSelector("tr[data-trajectory='" + idle + "']"))).isEmpty();

        // All of the network's: the colleague's trajectory too.
        find(By.id("filter-mine")).click();
        waitUntil(d -> d.getCurrentUrl().contains("mine=false") ? true : null);
        find(By.cssSelector("tr[data-trajectory='" + theirs + "']"));

        // The name leads to the trajectory.
        open("/worklist");
        click(By.linkText("Amina Stil" + suffix));
        waitUntil(d -> d.getCurrentUrl().endsWith("#/trajectories/" + idle) ? true : null);
        waitForText(By.cssSelector("main h1"), "Amina");
    }

    @Test
    void aCoordinatorSeesTheWorklistsCountsOnTheDashboardAndFollowsOne() {
        data.takesPart(TestData.IEPER);
        String coordinator = user("coordinator", "\"role\":\"network-coordinator\",\"networkIds\":[\"westhoek\"]");
        Session asCoordinator = signIn(coordinator, PASSWORD);
        trajectory(asCoordinator, "Dina", "Deadline" + unique(), TODAY.plusDays(3).toString(), false);
        JsonPath counts = as(asCoordinator).get("/worklist/summary?network=westhoek").then().statusCode(200)
                .extract().jsonPath();

        openAs(coordinator, PASSWORD, "/");
        waitUntil(d -> d.getCurrentUrl().endsWith("#/dashboard") ? true : null);
        WebElement card = find(By.cssSelector("[data-testid=worklist-summary]"));
        assertThat(card.findElement(By.tagName("h2")).getText()).isEqualTo("Trajecten die aandacht vragen");
        String deadlines = card.findElement(By.cssSelector("a[data-reason=deadline-near]")).getText();
        assertThat(deadlines).contains("Deadline nadert")
                .startsWith(NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-BE"))
                        .format(counts.getInt("reasons.find { it.code == 'deadline-near' }.count")));
        assertThat(card.findElement(By.cssSelector("a[data-reason=total]")).getText()).contains("op de werklijst");

        click(By.cssSelector("[data-testid=worklist-summary] a[data-reason=deadline-near]"));
        waitUntil(d -> d.getCurrentUrl().endsWith("#/worklist?reason=deadline-near&network=westhoek") ? true : null);
        assertThat(heading()).isEqualTo("Werklijst");
        assertThat(find(By.id("filter-mine")).isSelected()).isFalse();
        waitForText(By.cssSelector("[data-testid=result-count]"), "aandacht");
        assertThat(browser().findElements(By.cssSelector("[data-testid=worklist] tbody tr"))).isNotEmpty()
                .allMatch(row -> row.findElements(By.cssSelector("[data-reason=deadline-near]")).size() == 1);
        assertEveryTextTranslated();
    }
}
