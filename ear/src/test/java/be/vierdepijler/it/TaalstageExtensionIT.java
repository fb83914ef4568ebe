package be.vierdepijler.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The extension proof: the shipped EAR plus one more jar in {@code lib/} — a "taalstage" type from a module that exists
 * only for this test and depends on core alone — and the API lists the type and validates its placements, with no
 * change in core, regions or web.
 */
class TaalstageExtensionIT extends ApiTest {

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
}
