package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the server serves at {@code /openapi} is the API's manual (the README only links to it), so it
 * must not rot: every operation says in one line what it does, and the main request bodies carry a worked example
 * beside the schema generated from their type.
 */
class OpenApiDocumentIT extends ApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** The bodies a newcomer to the API writes first: trajectory, placement, hour entry, newcomer, offer. */
    private static final List<String> EXAMPLED_BODIES = List.of("post /api/v1/trajectories",
            "post /api/v1/trajectories/{id}/placements", "post /api/v1/trajectories/{id}/hours",
            "post /api/v1/newcomers", "post /api/v1/offers");

    private JsonPath document() {
        return RestAssured.given().accept("application/json").get(root() + "/openapi").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void everyOperationHasASummary() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        Set<String> operations = new TreeSet<>();
        Set<String> withoutSummary = new TreeSet<>();
        paths.forEach((path, byMethod) -> byMethod.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(method + " " + path);
                Object summary = operation.get("summary");
                if (!(summary instanceof String text) || text.isBlank()) {
                    withoutSummary.add(method + " " + path);
                }
            }
        }));
        assertThat(operations).as("operations in the document").hasSizeGreaterThan(50);
        assertThat(withoutSummary).as("operations without a summary").isEmpty();
    }

    @Test
    void theMainRequestBodiesCarryAnExampleAndTheRulesADescription() {
        JsonPath document = document();
        for (String operation : EXAMPLED_BODIES) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            Map<String, Object> found = document.getMap("paths.'" + path + "'." + method);
            assertThat(found).as(operation).isNotNull();
            assertThat((String) found.get("description")).as(operation + " description").isNotBlank();
            Map<String, Object> json = document.getMap("paths.'" + path + "'." + method
                    + ".requestBody.content.'application/json'");
            assertThat(json).as(operation + " request body").isNotNull();
            assertThat((Map<?, ?>) json.get("examples")).as(operation + " examples").isNotEmpty();
            assertThat(json.get("schema")).as(operation + " schema, still generated beside the example").isNotNull();
        }
    }
}
