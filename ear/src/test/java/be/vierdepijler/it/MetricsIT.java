package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} on the management port (docs/operations.md, "Metrics and logs"): Prometheus text with the requests
 * per endpoint by route template and status, the database pool, JVM memory and the business figures, each checked
 * against what this test did or what the API says.
 */
class MetricsIT extends PlacementTestSupport {

    private static final String REQUESTS = "vp_http_server_requests_seconds_count";
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Response scrape() {
        Response response = RestAssured.given().get(management() + "/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).contains("# TYPE ");
        return response;
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels} (NaN counts as 0). */
    private static double sum(String text, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!m.matches() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> found = labels(m.group(3));
            if (found.entrySet().containsAll(labels.entrySet())) {
                double value = Double.parseDouble(m.group(4));
                sum += Double.isNaN(value) ? 0 : value;
            }
        }
        return sum;
    }

    private static boolean has(String text, String name, Map<String, String> labels) {
        return text.lines().map(SAMPLE::matcher).filter(Matcher::matches)
                .anyMatch(m -> m.group(1).equals(name) && labels(m.group(3)).entrySet().containsAll(labels.entrySet()));
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text != null) {
            Matcher m = LABEL.matcher(text);
            while (m.find()) {
                labels.put(m.group(1), m.group(2));
            }
        }
        return labels;
    }

    private double requests(String method, String route, String status) {
        return sum(scrape().asString(), REQUESTS, Map.of("method", method, "route", route, "status", status));
    }

    @Test
    void countsEachEndpointsRequestsByRouteTemplateNeverByPath() {
        double list = requests("GET", "/api/v1/public/municipalities", "200");
        double one = requests("GET", "/api/v1/municipalities/{nis}", "200");
        for (int i = 0; i < 3; i++) {
            anonymous().get("/public/municipalities").then().statusCode(200);
        }
        for (String nis : new String[] {IEPER, POPERINGE}) {
            api().get("/municipalities/" + nis).then().statusCode(200);
        }
        assertThat(requests("GET", "/api/v1/public/municipalities", "200")).isEqualTo(list + 3);
        assertThat(requests("GET", "/api/v1/municipalities/{nis}", "200")).isEqualTo(one + 2);
        String text = scrape().asString();
        assertThat(text).doesNotContain("route=\"/api/v1/municipalities/" + IEPER)
                .doesNotContain("route=\"/api/v1/municipalities/" + POPERINGE);
        assertThat(sum(text, "vp_http_server_requests_seconds_sum",
                Map.of("route", "/api/v1/public/municipalities"))).isPositive();
        assertThat(text).contains("# TYPE vp_http_server_requests_seconds summary");
    }

    @Test
    void showsClientErrorsPerEndpointAndUnknownPathsUnderOneRoute() {
        double notFound = requests("GET", "/api/v1/municipalities/{nis}", "404");
        double badRequest = requests("GET", "/api/v1/municipalities", "400");
        double unmatched = requests("GET", "unmatched", "404");
        api().get("/municipalities/99999").then().statusCode(404);
        api().get("/municipalities?size=abc").then().statusCode(400);
        api().get("/no-such-endpoint/" + unique()).then().statusCode(404);
        assertThat(requests("GET", "/api/v1/municipalities/{nis}", "404")).isEqualTo(notFound + 1);
        assertThat(requests("GET", "/api/v1/municipalities", "400")).isEqualTo(badRequest + 1);
        assertThat(requests("GET", "unmatched", "404")).isEqualTo(unmatched + 1);
        String text = scrape().asString();
        assertThat(sum(text, REQUESTS, Map.of("route", "/api/v1/municipalities", "outcome", "CLIENT_ERROR")))
                .isGreaterThanOrEqualTo(1);
        assertThat(text).doesNotContain("no-such-endpoint");
    }

    @Test
    void showsTheDatabasePoolJvmMemoryAndTheServersOwnFigures() {
        api().get("/municipalities?size=1").then().statusCode(200);
        String text = scrape().asString();
        Map<String, String> pool = Map.of("name", "VierdePijlerDS", "type", "data-source");
        assertThat(has(text, "datasources_pool_in_use_count", pool)).isTrue();
        assertThat(has(text, "datasources_pool_available_count", pool)).isTrue();
        assertThat(sum(text, "datasources_pool_created_count", pool)).as("connections the pool opened")
                .isPositive();
        assertThat(sum(text, "jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
        assertThat(has(text, "jvm_memory_max_bytes", Map.of("area", "heap"))).isTrue();
        assertThat(text).contains("jvm_gc_");
    }

    @Test
    void businessFiguresFollowTheHoursRecordedAndConfirmedAndTheOutbox() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Metrics");
        long organisation = organisation("Metrics");
        long offer = offer(organisation, "alternative", "conversation-group", 3);
        long placement = placeInOffer(counsellor, trajectory, "alternative", offer, CONVERSATION, 20)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String before = freshScrape();
        double recorded = sum(before, "vp_hours_recorded", Map.of());
        double confirmed = sum(before, "vp_hours_confirmed", Map.of());
        double dashboard = api().queryParam("network", "westhoek").get("/reports/dashboard").then().statusCode(200)
                .extract().jsonPath().getDouble("hours.confirmed");

        long entry = reported(counsellor, trajectory, placement, TODAY, "3");
        as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
        reported(counsellor, trajectory, placement, TODAY.minusDays(1), "1.5");
        double listed = as(counsellor).get("/trajectories/" + trajectory + "/hours").then().statusCode(200)
                .extract().jsonPath().getList("items.hours", Float.class).stream().mapToDouble(Float::doubleValue)
                .sum();
        assertThat(listed).isEqualTo(4.5);

        String after = freshScrape();
        assertThat(sum(after, "vp_hours_confirmed", Map.of()) - confirmed).as("hours confirmed").isEqualTo(3.0);
        assertThat(sum(after, "vp_hours_recorded", Map.of()) - recorded).as("hours recorded").isEqualTo(listed);
        assertThat(api().queryParam("network", "westhoek").get("/reports/dashboard").then().extract().jsonPath()
                .getDouble("hours.confirmed") - dashboard).isEqualTo(3.0);

        waitFor("mails pending as the outbox lists them", () -> gauge("vp_mails_pending") - mailsInOutbox(), 0);
    }

    private double mailsInOutbox() {
        return api().get("/mails?status=queued&size=1").then().statusCode(200).extract().jsonPath()
                .getInt("totalItems") + api().get("/mails?status=sending&size=1").then().statusCode(200).extract()
                .jsonPath().getInt("totalItems");
    }

    /** A scrape whose business figures were read after this call began (they are read every 10 s). */
    private String freshScrape() {
        double asked = System.currentTimeMillis() / 1000.0;
        waitFor("business figures read after " + asked, () -> gauge("vp_business_figures_read_seconds") > asked ? 1 : 0,
                1);
        return scrape().asString();
    }

    private double gauge(String name) {
        String text = scrape().asString();
        assertThat(has(text, name, Map.of())).as("gauge %s", name).isTrue();
        return sum(text, name, Map.of());
    }

    /** Polls for up to 30 s (the gauges are read again every 10 s) until {@code value} is {@code expected}. */
    private static void waitFor(String what, DoubleSupplier value, double expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        double last = value.getAsDouble();
        while (Math.abs(last - expected) > 1e-9 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = value.getAsDouble();
        }
        assertThat(last).as(what).isEqualTo(expected);
    }
}
