package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The synthetic example set ({@code VP_EXAMPLE_DATA=synthetic}), loaded once through {@link ExampleDataFixture} (the
 * test server starts without the setting) and read back through the API as the administrator: every network has its
 * organisations, offers, buddies, newcomers and trajectories; trajectories in intake, active (confirmed and pending
 * hours), completed (with a certificate) and stopped; each network's dashboard shows confirmed hours in several
 * categories; a second load adds nothing.
 *
 * <p>Other test classes share the database and may run before or after this one (or this one again, on a database
 * that already has the set): the set is found by what marks it — names of the family "Voorbeeld", trajectories
 * followed by {@code voorbeelddata} — never by absolute counts of the whole database.
 */
@Fixtures(ExampleDataFixture.class)
class ExampleDataIT extends ApiTest {

    private static final String COUNSELLOR = "voorbeelddata";
    private static final List<String> STATES = List.of("intake", "active", "completed", "stopped");

    private static JsonPath firstLoad;

    @BeforeEach
    void loadOnce() {
        if (firstLoad == null) {
            firstLoad = load();
            System.out.println("Synthetic example set: " + firstLoad.getString("summary") + " ("
                    + firstLoad.getLong("millis") + " ms)");
        }
    }

    private JsonPath load() {
        return api().post("/test-fixtures/example-data/synthetic").then().statusCode(200).extract().jsonPath();
    }

    private List<String> networks() {
        return api().get("/networks?size=200").then().statusCode(200).extract().jsonPath().getList("items.id",
                String.class);
    }

    @Test
    void everyNetworkHasOrganisationsOffersBuddiesNewcomersAndTrajectories() {
        assertThat(firstLoad.getInt("networksLoaded") + firstLoad.getInt("networksSkipped")).isEqualTo(18);
        List<String> networks = networks();
        assertThat(networks).hasSize(18);
        for (String network : networks) {
            assertThat(count("/organisations?q=Voorbeeld&network=" + network)).as("organisations in " + network)
                    .isGreaterThanOrEqualTo(3);
            List<Map<String, Object>> offers = api().get("/offers?size=200&status=published&network=" + network)
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(offers.stream().filter(o -> String.valueOf(o.get("organisationName")).contains("Voorbeeld")))
                    .as("published offers of the set in " + network).isNotEmpty();
            assertThat(count("/buddies?q=Voorbeeld&network=" + network)).as("buddies in " + network)
                    .isGreaterThanOrEqualTo(4);
            assertThat(count("/newcomers?q=Voorbeeld&network=" + network)).as("newcomers in " + network)
                    .isGreaterThanOrEqualTo(10);
            assertThat(count("/trajectories?counsellor=" + COUNSELLOR + "&network=" + network))
                    .as("trajectories in " + network).isGreaterThanOrEqualTo(10);
            assertThat(api().get("/networks/" + network).jsonPath().getLong("participatingCount"))
                    .as("municipalities taking part in " + network).isPositive();
        }
    }

    @Test
    void trajectoriesAreInEveryStateWithTheirHoursAndCertificates() {
        for (String state : STATES) {
            assertThat(count("/trajectories?counsellor=" + COUNSELLOR + "&status=" + state)).as(state)
                    .isGreaterThanOrEqualTo(18);
        }
        // An active one with confirmed hours and hours still pending.
        List<Long> active = api().get("/trajectories?size=200&counsellor=" + COUNSELLOR + "&status=active")
                .jsonPath().getList("items.id", Long.class);
        boolean both = active.stream().anyMatch(id -> {
            List<String> statuses = api().get("/trajectories/" + id + "/hours?size=200").jsonPath()
                    .getList("items.status", String.class);
            return statuses.contains("confirmed") && statuses.contains("pending");
        });
        assertThat(both).as("an active trajectory with confirmed and pending hours").isTrue();

        // A completed one reached its target with confirmed hours, and has its certificate.
        long completed = api().get("/trajectories?counsellor=" + COUNSELLOR + "&status=completed").jsonPath()
                .getLong("items[0].id");
        JsonPath trajectory = api().get("/trajectories/" + completed).then().statusCode(200).extract().jsonPath();
        assertThat(trajectory.getDouble("confirmedHours")).isGreaterThanOrEqualTo(trajectory.getDouble("targetHours"));
        assertThat(trajectory.getString("certificateCode")).isNotBlank();
        api().accept("application/pdf").get("/trajectories/" + completed + "/certificate").then().statusCode(200)
                .contentType("application/pdf");

        // A stopped one says why.
        long stopped = api().get("/trajectories?counsellor=" + COUNSELLOR + "&status=stopped").jsonPath()
                .getLong("items[0].id");
        assertThat(api().get("/trajectories/" + stopped).jsonPath().getString("statusReason")).isNotBlank();
    }

    @Test
    void everyNetworksDashboardShowsConfirmedHoursInSeveralCategories() {
        for (String network : networks()) {
            JsonPath dashboard = api().get("/reports/dashboard?network=" + network).then().statusCode(200).extract()
                    .jsonPath();
            assertThat(dashboard.getDouble("hours.confirmed")).as("confirmed hours in " + network).isPositive();
            List<Map<String, Object>> categories = dashboard.getList("hours.byCategory");
            assertThat(categories.stream().filter(c -> ((Number) c.get("hours")).doubleValue() > 0))
                    .as("categories with confirmed hours in " + network).hasSizeGreaterThanOrEqualTo(2);
            assertThat(dashboard.getLong("trajectories.completed")).as("completed in " + network).isPositive();
        }
    }

    @Test
    void aSecondLoadAddsNothing() {
        Map<String, Long> before = counts();
        JsonPath again = load();
        assertThat(again.getInt("networksLoaded")).isZero();
        assertThat(again.getInt("networksSkipped")).isEqualTo(18);
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : List.of("/organisations?q=Voorbeeld", "/buddies?q=Voorbeeld", "/newcomers?q=Voorbeeld",
                "/trajectories?counsellor=" + COUNSELLOR, "/offers?q=voorbeeld", "/offers",
                "/networks/westhoek")) {
            counts.put(path, path.startsWith("/networks") ? api().get(path).jsonPath().getLong("participatingCount")
                    : count(path));
        }
        return counts;
    }

    private long count(String path) {
        return api().get(path).then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    @Test
    void thePublishedSourcesGoInThroughTheImportPathOnceAndASecondLoadChangesNothing() {
        api().post("/test-fixtures/example-data/sources").then().statusCode(200);
        String again = api().post("/test-fixtures/example-data/sources").then().statusCode(200).extract().jsonPath()
                .getString("line");
        assertThat(again).contains("funding-calls.csv: 0 nieuw, 0 gewijzigd, 3 ongewijzigd")
                .contains("projects.csv: 0 nieuw, 0 gewijzigd, 38 ongewijzigd");
        List<Map<String, Object>> runs = api().get("/imports?size=5").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertThat(runs).extracting(r -> r.get("kind")).contains("projects", "funding-calls");
        assertThat(api().get("/funding/calls?q=oproep 507").then().statusCode(200).extract().jsonPath()
                .getList("items.reference")).containsExactly("oproep 507");
    }
}
