package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Input an attacker or a broken client sends, from the side that tries to get it stored, to cost the server a 500 or
 * its CPU, or to make the container answer instead of the application: every such request answers a 4xx problem
 * (field and reason where there is one), never a stack trace or the server's name, and writes nothing.
 */
class HostileInputIT extends PlacementTestSupport {

    private static final String DEEP = "[".repeat(1000) + "]".repeat(1000);
    private static final String BAD_CHARSET = "application/json; charset=ebcdic-xx";
    private static final List<String> LEAKS = List.of("wildfly", "undertow", "resteasy", "java.", "exception",
            "<html", "jboss", "hibernate");

    // ---- operations that read their body as text ----

    @Test
    void bodiesNestedThousandsDeepOrInAnUnknownCharsetAreRefusedEverywhere() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Diep");
        long placement = placeInOffer(counsellor, trajectory, "alternative",
                offer(organisation("Diepte"), "alternative", "conversation-group", 3), CONVERSATION, 2).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String placements = "/trajectories/" + trajectory + "/placements";
        List<String> targets = List.of("/trajectory-types/volunteering/validate", placements,
                placements + "/" + placement + "/confirmation-links", placements + "/" + placement + "/end",
                "/matches/pairs/999999/approve", "/newcomers");
        int before = placementsOf(counsellor, trajectory);
        for (String target : targets) {
            Response deep = as(counsellor).contentType("application/json").body(DEEP).post(target);
            assertProblem(deep, target + " nested", 400);
            assertThat(deep.jsonPath().getString("violations[0].code")).as(target).isEqualTo("too-deep");
            assertThat(deep.jsonPath().getString("violations[0].field")).as(target).isEqualTo("body");

            Response charset = as(counsellor).contentType(BAD_CHARSET)
                    .body("{}".getBytes(StandardCharsets.US_ASCII)).post(target);
            assertProblem(charset, target + " charset", 415);
            assertThat(charset.jsonPath().getString("type")).as(target).endsWith(":unsupported-charset");
        }
        assertThat(placementsOf(counsellor, trajectory)).isEqualTo(before);
        as(counsellor).get(placements + "/" + placement + "/confirmation-links").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeItIsRead() {
        String huge = "{\"firstName\":\"" + "a".repeat(1_100_000) + "\"}";
        assertProblem(api().contentType("application/json").body(huge).post("/newcomers"), "huge", 413);
    }

    // ---- lengths the column has and nobody checked ----

    @Test
    void aUsersNameOrEmailLongerThanItsColumnIsRefusedByField() {
        String suffix = unique();
        String user = "{\"username\":\"long." + suffix + "\",\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"],"
                + "\"password\":\"" + PASSWORD + "\",";
        Response name = api().contentType("application/json").body(user + "\"displayName\":\"" + "n".repeat(121)
                + "\"}").post("/users");
        assertViolation(name, "displayName", "too-long");
        Response email = api().contentType("application/json").body(user + "\"displayName\":\"Lang\",\"email\":\""
                + "e".repeat(195) + "@x.org\"}").post("/users");
        assertViolation(email, "email", "too-long");
        assertThat(api().queryParam("q", "long." + suffix).get("/users").jsonPath().getInt("totalItems")).isZero();

        Response created = api().contentType("application/json").body(user + "\"displayName\":\"Kort\"}")
                .post("/users");
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        assertViolation(api().header("If-Match", etag).contentType("application/json")
                .body("{\"displayName\":\"" + "n".repeat(121) + "\",\"networkIds\":[\"westhoek\"]}")
                .put("/users/" + id), "displayName", "too-long");
        assertViolation(api().header("If-Match", etag).contentType("application/json")
                .body("{\"displayName\":\"Kort\",\"email\":\"" + "e".repeat(195) + "@x.org\","
                        + "\"networkIds\":[\"westhoek\"]}").put("/users/" + id), "email", "too-long");
        api().get("/users/" + id).then().statusCode(200).header("ETag", etag)
                .body("displayName", org.hamcrest.Matchers.equalTo("Kort"));
    }

    @Test
    void aNullInAListIsRefusedByItsPlaceAndNothingIsCreated() {
        String suffix = unique();
        Response answer = api().contentType("application/json").body("{\"username\":\"nulls." + suffix
                + "\",\"displayName\":\"Leeg\",\"role\":\"counsellor\",\"networkIds\":[\"westhoek\",null],"
                + "\"password\":\"" + PASSWORD + "\"}").post("/users");
        assertViolation(answer, "networkIds[1]", "null-in-list");
        assertThat(api().queryParam("q", "nulls." + suffix).get("/users").jsonPath().getInt("totalItems")).isZero();
    }

    // ---- numbers ----

    @Test
    void anAbsurdExponentIsRefusedCheaply() {
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Exponent");
        long placement = placeInOffer(counsellor, trajectory, "alternative",
                offer(organisation("Exponent"), "alternative", "conversation-group", 3), CONVERSATION, 2).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        for (String hours : List.of("1e100000", "1e-100000", "-1E+999999999", "1" + "0".repeat(5000))) {
            long start = System.nanoTime();
            Response answer = report(counsellor, trajectory, placement, TODAY.minusDays(1), hours);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertViolation(answer, "hours", hours.startsWith("1e-") ? "too-many-decimals" : "too-large");
            System.out.printf("hours %s refused in %d ms%n", hours.length() > 20 ? "1 and 5000 zeros" : hours, millis);
            assertThat(millis).as("time to refuse %s", hours.length() > 20 ? "5000 digits" : hours)
                    .isLessThan(1000);
        }
        assertViolation(as(counsellor).contentType("application/json").body("{\"groupSize\":1e100000}")
                .post("/trajectory-types/alternative/validate"), "groupSize", "too-large");
        as(counsellor).get("/trajectories/" + trajectory + "/hours").then().body("totalItems",
                org.hamcrest.Matchers.is(0));
    }

    // ---- text and dates ----

    @Test
    void nulCharactersAndUnpairedSurrogatesAreRefusedByField() {
        String lastName = "Nul" + unique();
        for (String[] bad : new String[][] {{"A\\u0000B", "nul-character"}, {"A\\ud800B", "unpaired-surrogate"},
                {"A\\udc00", "unpaired-surrogate"}}) {
            String json = newcomer("X", IEPER, "running").replace("\"firstName\":\"X\"",
                    "\"firstName\":\"" + bad[0] + "\"").replaceFirst("\"lastName\":\"Test[^\"]*\"",
                    "\"lastName\":\"" + lastName + "\"");
            assertViolation(api().contentType("application/json").body(json).post("/newcomers"), "firstName",
                    bad[1]);
        }
        assertViolation(api().contentType("application/json").body("{\"role\":\"x\\u0000\"}")
                .post("/trajectory-types/volunteering/validate"), "role", "nul-character");
        assertThat(api().queryParam("q", lastName).get("/newcomers").jsonPath().getInt("totalItems")).isZero();
    }

    @Test
    void datesOutsideAnySaneRangeAreRefusedByField() {
        participates(IEPER);
        String lastName = "Jaar" + unique();
        for (String day : List.of("0000-01-15", "-0001-01-15", "+99999-01-15")) {
            String json = newcomer("Jaar", IEPER, "running").replace("2025-01-15", day)
                    .replaceFirst("\"lastName\":\"Test[^\"]*\"", "\"lastName\":\"" + lastName + "\"");
            assertViolation(api().contentType("application/json").body(json).post("/newcomers"),
                    "integrationContractDate", "date-out-of-range");
        }
        assertThat(api().queryParam("q", lastName).get("/newcomers").jsonPath().getInt("totalItems")).isZero();

        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Datum");
        long offer = offer(organisation("Datum"), "alternative", "conversation-group", 3);
        for (String day : List.of("0000-06-01", "-0001-06-01", "+99999-06-01")) {
            assertViolation(as(counsellor).contentType("application/json").body("{\"typeId\":\"alternative\","
                    + "\"offerId\":" + offer + ",\"startDate\":\"" + day + "\",\"attributes\":" + CONVERSATION + "}")
                    .post("/trajectories/" + trajectory + "/placements"), "startDate", "date-out-of-range");
        }
        assertThat(placementsOf(counsellor, trajectory)).isZero();

        Response municipality = api().get("/municipalities/" + MESEN);
        String from = municipality.jsonPath().getString("membership.participatingFrom");
        assertViolation(api().header("If-Match", municipality.header("ETag")).contentType("application/json")
                .body("{\"participatingFrom\":\"+99999-01-01\"}").put("/municipalities/" + MESEN + "/membership"),
                "participatingFrom", "date-out-of-range");
        assertThat(api().get("/municipalities/" + MESEN).jsonPath().getString("membership.participatingFrom"))
                .isEqualTo(from);
    }

    // ---- what the container answers itself ----

    @Test
    void theContainersOwnRefusalsAreProblemsWithoutItsName() throws IOException {
        for (String[] request : new String[][] {{"GET", "/api/v1/trajectories/%ZZ", "400", "path"},
                {"GET", "/api/v1/%ZZ", "400", "path"}, {"GET", "/api/v1/{", "400", "path"},
                {"GET", "/api/v1/trajectories/{id}", "400", "path"}, {"GET", "/api/v1/newcomers?q=%ZZ", "400", "query"},
                {"GET", "/api/v1/public/certificates/x%00y", "400", "path"},
                {"POST", "/api/v1/public/confirmations/%C3", "400", "path"},
                {"GET", "/api/v1/..", "404", null}, {"GET", "/api/v1/../../etc/passwd", "404", null},
                {"GET", "/api/v1/no-such-thing", "404", null}, {"DELETE", "/api/v1/trajectory-types", "405", null},
                {"GET", "/no-such-page.html", "404", null}, {"POST", "/index.html", "405", null},
                {"GET", "/container-error", "404", null}}) {
            Raw answer = raw(request[0], request[1]);
            String what = request[0] + " " + request[1] + ": " + answer.head + "\n" + answer.body;
            assertThat(answer.status).as(what).isEqualTo(Integer.parseInt(request[2]));
            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            assertThat(answer.body).as(what).contains("\"status\":" + answer.status);
            assertThat(answer.head).as(what).containsPattern("(?i)\r\nX-Request-Id: [0-9a-f-]{36}\r\n");
            if (request[3] != null) {
                assertThat(answer.body).as(what).contains("\"field\":\"" + request[3] + "\"");
            }
            assertNoLeak(what, answer.head + answer.body);
        }
        for (String home : List.of("/", "/..", "/api/../index.html")) {
            Raw ui = raw("GET", home);
            assertThat(ui.status).as(home).isEqualTo(200);
            assertThat(ui.contentType()).as(home).startsWith("text/html");
            assertThat(ui.body).as(home).contains("<vp-app>");
        }
        api().queryParam("q", "élise {x}").get("/newcomers").then().statusCode(200);
        anonymous().get("/public/certificates/%41BC").then().statusCode(200).body("valid",
                org.hamcrest.Matchers.is(false));
    }

    // ---- helpers ----

    private int placementsOf(Session counsellor, long trajectory) {
        return as(counsellor).get("/trajectories/" + trajectory + "/placements").jsonPath().getInt("totalItems");
    }

    private static void assertProblem(Response answer, String what, int status) {
        assertThat(answer.statusCode()).as(what + ": " + answer.asString()).isEqualTo(status);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getInt("status")).as(what).isEqualTo(status);
        assertNoLeak(what, answer.headers().toString() + answer.asString());
    }

    private static void assertViolation(Response answer, String field, String code) {
        assertProblem(answer, field + " " + code, 400);
        assertThat(answer.jsonPath().getList("violations.field")).as(answer.asString()).contains(field);
        assertThat(answer.jsonPath().getString("violations.find { it.field == '" + field + "' }.code"))
                .as(answer.asString()).isEqualTo(code);
    }

    private static void assertNoLeak(String what, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            assertThat(lower).as("%s leaks %s: %s", what, leak, text).doesNotContain(leak);
        }
    }

    /** An answer read off the socket, as the client got it. */
    private record Raw(int status, String head, String body) {

        String contentType() {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    return line.substring(13).strip();
                }
            }
            return "";
        }
    }

    /** A request sent as written, without a client that would encode or normalise its target first. */
    private Raw raw(String method, String target) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Raw(status, head, body);
        }
    }
}
