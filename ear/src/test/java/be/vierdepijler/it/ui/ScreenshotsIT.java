package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Pictures of the main pages, for the README and as a record of each CI run. They land in target/screenshots; to
 * refresh docs/screenshots run {@code ./mvnw verify -Dscreenshots.dir=$PWD/docs/screenshots}. Before taking them,
 * some municipalities are made to take part (through the API), so the pages show what a running region looks like.
 */
class ScreenshotsIT extends BrowserTest {

    /** Networks whose municipalities the other tests do not edit (not westhoek, not gent: MunicipalitiesIT edits them). */
    private static final List<String> SAMPLE_NETWORKS = List.of("regio-brugge", "midwest", "kempen", "limburg",
            "antwerpen", "brussel", "middenkust", "waasland");

    /** Two in three municipalities of the sample networks take part, from staggered dates. */
    private void someMunicipalitiesTakePart() {
        for (String network : SAMPLE_NETWORKS) {
            List<String> codes = api().get("/municipalities?size=200&network=" + network).jsonPath()
                    .getList("items.nisCode", String.class);
            for (int i = 0; i < codes.size(); i++) {
                if (i % 3 == 2) {
                    continue;
                }
                String nis = codes.get(i);
                String etag = api().get("/municipalities/" + nis).header("ETag");
                api().contentType("application/json").header("If-Match", etag)
                        .body("{\"participatingFrom\":\"202" + (i % 4 + 1) + "-0" + (i % 9 + 1) + "-01\"}")
                        .put("/municipalities/" + nis + "/membership").then().statusCode(200);
            }
        }
    }

    /** A few users of a running region, made once (a second run on the same database finds them). */
    private void someUsers() {
        String[][] users = {
            {"els.vandamme", "Els Vandamme", "\"role\":\"network-coordinator\",\"networkIds\":[\"regio-brugge\",\"middenkust\"]"},
            {"koen.desmet", "Koen De Smet", "\"role\":\"counsellor\",\"networkIds\":[\"regio-brugge\"]"},
            {"sofie.wouters", "Sofie Wouters", "\"role\":\"local-officer\",\"municipalityNis\":\"31005\""},
            {"tom.jacobs", "Tom Jacobs", "\"role\":\"local-officer\",\"municipalityNis\":\"31022\""},
            {"lotte.peeters", "Lotte Peeters", "\"role\":\"viewer\""},
        };
        for (String[] u : users) {
            if (api().get("/users?q=" + u[0]).jsonPath().getInt("totalItems") == 0) {
                api().contentType("application/json").body("{\"username\":\"" + u[0] + "\",\"displayName\":\"" + u[1]
                        + "\",\"email\":\"" + u[0] + "@example.be\"," + u[2] + ",\"password\":\"screenshot-password-1\"}")
                        .post("/users").then().statusCode(201);
            }
        }
    }

    private void assertPicture(Path file) throws IOException {
        assertThat(file).exists();
        assertThat(Files.size(file)).as("a PNG of a rendered page, not an empty one").isGreaterThan(20_000);
    }

    @Test
    void ofTheMainPages() throws IOException {
        someMunicipalitiesTakePart();
        setWindowSize(1366, 900);

        open("/networks");
        waitUntil(d -> d.findElements(By.cssSelector("[data-testid=networks] tbody tr")).size() == 18 ? true : null);
        assertPicture(screenshot("networks"));

        open("/municipalities?network=regio-brugge");
        waitForText(By.cssSelector("[data-testid=result-count]"), "gemeenten gevonden");
        assertPicture(screenshot("municipalities"));

        open("/municipalities/31005");
        type(By.id("participatingFrom"), "01/09/2025");
        type(By.id("participatingUntil"), "30/06/2025");
        find(By.cssSelector("[data-testid=save]")).click();
        find(By.id("participatingUntil-error"));
        assertPicture(screenshot("municipality-membership"));

        open("/trajectory-types");
        waitForText(By.cssSelector("[data-type=internship]"), "Kennismakingsstage");
        assertPicture(screenshot("trajectory-types"));

        open("/trajectory-types/internship");
        type(By.id("placement-supervisor"), "A");
        type(By.id("placement-startDate"), "07/04/2025");
        type(By.id("placement-endDate"), "01/04/2025");
        find(By.cssSelector("[data-testid=check]")).click();
        find(By.id("placement-endDate-error"));
        script("window.scrollTo(0, 0)"); // the page's top, with the summary of what is wrong
        assertPicture(screenshot("trajectory-type-form"));

        someUsers();
        // The suite's other classes make users too (the OpenID Connect tests among them): the largest page keeps these
        // five on it whatever ran before.
        open("/users?size=100");
        waitForText(By.cssSelector("[data-testid=result-count]"), "gevonden");
        waitForText(By.cssSelector("[data-testid=users]"), "Sofie Wouters");
        assertPicture(screenshot("users"));

        open("/users/new");
        type(By.id("username"), "jan.goossens");
        type(By.id("displayName"), "Jan Goossens");
        type(By.id("email"), "jan.goossens@brugge.be");
        choose(By.id("role"), "Medewerker lokaal bestuur");
        choose(By.id("municipalityNetwork"), "Regio Brugge");
        type(By.id("password"), "screenshot-password-1");
        find(By.cssSelector("[data-testid=create]")).click();
        find(By.id("municipalityNis-error"));
        script("window.scrollTo(0, 0)");
        assertPicture(screenshot("user-form"));

        find(By.cssSelector("button[data-language=en]")).click();
        open("/networks");
        waitForText(By.cssSelector("main h1"), "Regional networks");
        assertPicture(screenshot("networks-en"));

        setWindowSize(820, 1100); // a tablet held upright
        open("/municipalities?q=sint");
        waitForText(By.cssSelector("[data-testid=result-count]"), "found");
        assertPicture(screenshot("municipalities-tablet"));
        setWindowSize(1366, 900);
    }

    /** A day's work in Regio Brugge: an offer, newcomers, a trajectory with hours and a link, made through the API. */
    @Test
    void ofTheDailyWork() throws IOException {
        someMunicipalitiesTakePart();
        setWindowSize(1366, 900);
        String suffix = Long.toString(System.nanoTime(), 36);
        long organisation = api().contentType("application/json").body("{\"name\":\"Vzw Samen Brugge " + suffix
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"31005\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        String[][] offers = {
            {"Praatcafé Nederlands in de bib", "alternative", "conversation-group", "12"},
            {"Onthaal en koffie in het buurthuis", "volunteering", "volunteering", "3"},
            {"Fietsles voor beginners", "alternative", "sport", "8"},
        };
        long volunteering = 0;
        for (String[] o : offers) {
            long id = api().contentType("application/json").body("{\"organisationId\":" + organisation
                            + ",\"trajectoryTypeId\":\"" + o[1] + "\",\"reportingCategory\":\"" + o[2] + "\",\"title\":\""
                            + o[0] + "\",\"description\":\"Elke week samen, in eenvoudig Nederlands.\",\"municipalityNis\":"
                            + "\"31005\",\"requiredLevel\":\"A1\",\"capacity\":" + o[3] + ",\"status\":\"published\","
                            + "\"schedule\":\"woensdag 14-16 uur\",\"contact\":{\"name\":\"Els Claeys\",\"email\":\"els@example.org\"}}")
                    .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
            if (o[1].equals("volunteering")) {
                volunteering = id;
            }
        }
        String[][] people = {{"Amina", "Haddad", "obliged"}, {"Yonas", "Tesfaye", "entitled"},
            {"Olena", "Kovalenko", "entitled"}, {"Samir", "Nasser", "obliged"}};
        long amina = 0;
        for (String[] p : people) {
            long id = api().contentType("application/json").body("{\"firstName\":\"" + p[0] + "\",\"lastName\":\"" + p[1]
                            + "\",\"integrationStatus\":\"" + p[2] + "\",\"municipalityNis\":\"31005\",\"dutchLevel\":\"A2\","
                            + "\"languages\":[\"ar\",\"fr\"],\"interests\":[\"cooking\",\"sport\"],\"availability\":"
                            + "[\"wed-afternoon\",\"sat-morning\"],\"referralChannel\":\"agency\",\"integrationProgress\":"
                            + "\"running\",\"consents\":{\"matching\":true}}")
                    .post("/newcomers").then().statusCode(201).extract().jsonPath().getLong("id");
            if (amina == 0) {
                amina = id;
            }
        }
        long trajectory = api().contentType("application/json").body("{\"newcomerId\":" + amina + "}")
                .post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        api().contentType("application/json").body("{\"to\":\"active\"}").post("/trajectories/" + trajectory + "/transitions")
                .then().statusCode(200);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
        long placement = api().contentType("application/json").body("{\"typeId\":\"volunteering\",\"offerId\":" + volunteering
                        + ",\"startDate\":\"" + today.minusDays(20) + "\",\"attributes\":{\"role\":\"Onthaal\","
                        + "\"insuranceConfirmed\":true}}")
                .post("/trajectories/" + trajectory + "/placements").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int day = 1; day <= 4; day++) {
            long entry = api().contentType("application/json").body("{\"placementId\":" + placement + ",\"date\":\""
                            + today.minusDays(day * 3) + "\",\"hours\":" + (day == 1 ? "3.5" : "4") + "}")
                    .post("/trajectories/" + trajectory + "/hours").then().statusCode(201).extract().jsonPath().getLong("id");
            if (day > 2) {
                api().contentType("application/json").body("{\"decision\":\"confirm\"}")
                        .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
            }
        }

        open("/newcomers?network=regio-brugge");
        waitForText(By.cssSelector("[data-testid=result-count]"), "gevonden");
        assertPicture(screenshot("newcomers"));

        open("/newcomers/" + amina);
        waitForText(By.cssSelector("[data-testid=eligibility]"), "Woonplaats");
        assertPicture(screenshot("newcomer"));

        open("/trajectories/" + trajectory);
        waitForText(By.cssSelector("[data-testid=placements]"), "Onthaal en koffie");
        find(By.cssSelector("[data-testid=issue-link]")).click();
        String address = find(By.cssSelector("[data-testid=confirmation-address]")).getAttribute("href");
        choose(By.id("placement-type"), "Kennismakingsstage");
        type(By.id("placement-supervisor"), "A");
        script("document.querySelector('[data-testid=placements]').closest('section').scrollIntoView()");
        assertPicture(screenshot("trajectory"));

        open("/offers?network=regio-brugge");
        waitForText(By.cssSelector("[data-testid=offers]"), "Praatcafé");
        assertPicture(screenshot("offers"));

        forgetSession();
        setWindowSize(390, 844);
        try {
            browser().get("about:blank");
            browser().get(address);
            waitForText(By.cssSelector("[data-testid=confirm-intro]"), "Amina");
            assertPicture(screenshot("confirm-phone"));
        } finally {
            setWindowSize(1366, 900);
        }
    }
}
