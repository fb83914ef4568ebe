package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.File;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The extension proof: the shipped EAR plus one more jar in {@code lib/} — a "taalstage" type from a module that exists
 * only for this test and depends on core alone — and the API lists the type and validates its placements, with no
 * change in core, regions or web; a placement of that type is accepted and its confirmed hours complete a trajectory;
 * supply and demand count it as a type of its own.
 */
class TaalstageExtensionIT extends PlacementTestSupport {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        File jar = new File(System.getProperty("taalstage.jar",
                "../trajectories/taalstage-fixture/target/vierdepijler-trajectory-taalstage-fixture.jar"));
        if (!jar.isFile()) {
            throw new IllegalStateException("Build the taalstage fixture first (./mvnw verify): "
                    + jar.getAbsolutePath());
        }
        return Deployments.ear().addAsLibrary(jar);
    }

    @Test
    void theFifthTypeIsListedBesideTheFour() {
        api().get("/trajectory-types").then().statusCode(200)
                .body("totalItems", is(5))
                .body("items.id", contains("alternative", "buddy", "internship", "taalstage", "volunteering"));
        api().header("Accept-Language", "en").get("/trajectory-types/taalstage").then().statusCode(200)
                .body("label", equalTo("Language internship"))
                .body("fields.name", contains("hostOrganisation", "languageCoach", "targetLevel", "hoursPerWeek"))
                .body("hours.maxHoursPerDay", is(6))
                .body("reportingCategories.id", contains("language-internship"));
    }

    @Test
    void itsPlacementsAreValidatedByItsOwnSchema() {
        api().contentType("application/json")
                .body("{\"hostOrganisation\":\"org-9\",\"languageCoach\":\"Sara\",\"targetLevel\":\"b1\"}")
                .post("/trajectory-types/taalstage/validate").then().statusCode(200)
                .body("valid", is(true)).body("reportingCategory.label", equalTo("Taalstage"));
        api().contentType("application/json")
                .body("{\"languageCoach\":\"Sara\",\"targetLevel\":\"c2\",\"hoursPerWeek\":30}")
                .post("/trajectory-types/taalstage/validate").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("hostOrganisation", "targetLevel", "hoursPerWeek"))
                .body("violations.code", contains("required", "not-allowed", "too-large"));
    }

    @Test
    void aPlacementOfTheFifthTypeCountsTowardsCompletion() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Taal");
        long organisation = organisation("Taalhuis");
        long offer = offer(organisation, "taalstage", "language-internship", 2);
        long placement = placeInOffer(counsellor, trajectory, "taalstage", offer,
                "{\"languageCoach\":\"Sara\",\"targetLevel\":\"b1\"}", 20).then().statusCode(201)
                .body("typeId", equalTo("taalstage")).body("reportingCategory", equalTo("language-internship"))
                .body("attributes.hostOrganisation", equalTo(Long.toString(organisation)))
                .extract().jsonPath().getLong("id");
        report(counsellor, trajectory, placement, TODAY.minusDays(1), "6.25").then().statusCode(400)
                .body("violations.code", contains("above-daily-cap"));
        for (int day = 1; day <= 7; day++) {
            long entry = reported(counsellor, trajectory, placement, TODAY.minusDays(day), day == 7 ? "4" : "6");
            as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                    .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200)
                    .body("completed", is(day == 7));
        }
        as(counsellor).get("/trajectories/" + trajectory).then().statusCode(200)
                .body("status", equalTo("completed")).body("confirmedHours", is(40.0f))
                .body("hoursByCategory.label", contains("Taalstage"));
    }

    @Test
    void supplyAndDemandCountTheFifthTypeToo() {
        participates(IEPER);
        Supplier<Map<String, Object>> row = () -> api().queryParam("network", "westhoek")
                .get("/reports/supply-demand").then().statusCode(200)
                .body("types.typeId", contains("alternative", "buddy", "internship", "taalstage", "volunteering"))
                .body("types.find { it.typeId == 'taalstage' }.placedWith", equalTo("offer"))
                .body("types.find { it.typeId == 'taalstage' }.minimumDutchLevel", equalTo("A1"))
                .extract().jsonPath().getMap("rows.find { it.municipalityNis == '" + IEPER
                        + "' && it.typeId == 'taalstage' }");
        Map<String, Object> before = row.get();
        offer(organisation("Taalhuis vraag"), "taalstage", "language-internship", 3);
        Map<String, Object> after = row.get();
        assertThat(((Number) after.get("supply")).intValue()
                - ((Number) before.get("supply")).intValue()).isEqualTo(3);
        assertThat(after.get("typeLabel")).isEqualTo("Taalstage");
    }
}
