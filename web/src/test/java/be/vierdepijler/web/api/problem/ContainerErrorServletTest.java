package be.vierdepijler.web.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.FieldViolation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ContainerErrorServletTest {

    private static JsonObject problem(int status, FieldViolation violation) {
        return Json.createReader(new StringReader(ContainerErrorServlet.json(status, violation))).readObject();
    }

    @Test
    void theContainersRefusalIsAProblemOfItsStatusWithoutAnythingOfTheServer() {
        JsonObject notFound = problem(404, null);
        assertThat(notFound.getInt("status")).isEqualTo(404);
        assertThat(notFound.getString("type")).isEqualTo("urn:vierdepijler:problem:http-404");
        assertThat(notFound.getJsonArray("violations")).isEmpty();
        assertThat(problem(405, null).getString("detail")).contains("methode");
        JsonObject failure = problem(503, null);
        assertThat(failure.getString("type")).endsWith(":internal-error");
        assertThat(failure.toString().toLowerCase()).doesNotContain("undertow", "wildfly", "java.");
    }

    @Test
    void aBrokenAddressNamesPathOrQuery() {
        JsonObject bad = problem(400, new FieldViolation("query", "bad-escape", "Na een % ..."));
        assertThat(bad.getString("type")).endsWith(":invalid-input");
        assertThat(bad.getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("query");
        assertThat(bad.getJsonArray("violations").getJsonObject(0).getString("code")).isEqualTo("bad-escape");
    }
}
