package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every request has an id (docs/operations.md, "Metrics and logs"): a well-formed X-Request-Id it came with, else a new
 * one; the answer carries it, and so does every log line of the request in the server's log. (A request refused before
 * it reaches the API has one too: {@code HostileInputIT}.)
 */
class RequestIdIT extends ApiTest {

    private static List<String> logLinesWith(String id) {
        return ServerLog.lines().stream().filter(line -> line.contains(id)).toList();
    }

    @Test
    void aWellFormedIncomingIdIsKeptAnsweredAndOnEveryLogLineOfTheRequest() {
        String id = "it-" + TestData.unique();
        api().header("X-Request-Id", id).get("/municipalities?size=1").then().statusCode(200)
                .header("X-Request-Id", id);
        List<String> lines = logLinesWith(id);
        assertThat(lines).as("log lines with %s", id).hasSize(1);
        assertThat(lines.get(0)).contains("[be.vierdepijler.access]").contains("GET /api/v1/municipalities 200")
                .doesNotContain("size=1");
    }

    @Test
    void everyRequestWithoutAnIdGetsANewOneEachTime() {
        String first = anonymous().get("/public/municipalities").then().statusCode(200).extract()
                .header("X-Request-Id");
        String second = anonymous().get("/public/municipalities").then().statusCode(200).extract()
                .header("X-Request-Id");
        assertThat(UUID.fromString(first).toString()).isEqualTo(first);
        assertThat(second).isNotEqualTo(first);
        assertThat(logLinesWith(first)).singleElement().asString()
                .contains("GET /api/v1/public/municipalities 200");
    }

    @Test
    void aMalformedOrOverlongIncomingIdIsReplacedAndNeverLogged() {
        for (String bad : new String[] {"bad id " + TestData.unique(), "x".repeat(65) + TestData.unique(),
                "<script>" + TestData.unique(), "jan." + TestData.unique() + "@example.org"}) {
            String answered = anonymous().header("X-Request-Id", bad).get("/public/municipalities").then()
                    .statusCode(200).extract().header("X-Request-Id");
            assertThat(answered).as("id answered for %s", bad).isNotEqualTo(bad);
            assertThat(UUID.fromString(answered).toString()).isEqualTo(answered);
            assertThat(logLinesWith(bad)).as("log lines with %s", bad).isEmpty();
            assertThat(logLinesWith(answered)).hasSize(1);
        }
    }

    @Test
    void aStaticFileAndTheContainersOwnErrorPageCarryAnIdToo() {
        Response page = RestAssured.given().get(root() + "/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("X-Request-Id")).isNotBlank();
        Response missing = RestAssured.given().header("X-Request-Id", "missing-" + TestData.unique())
                .get(root() + "/no-such-page.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.header("X-Request-Id")).startsWith("missing-");
    }
}
