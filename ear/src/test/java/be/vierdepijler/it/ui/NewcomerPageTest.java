package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.it.TestData;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/**
 * What the tests of the newcomers' public pages (/aanbod/) share: a phone-sized window (360×740, a cheap Android
 * phone); the real data each state needs, made through the API as a counsellor or the administrator would (listed
 * organisations, approved offers, trajectories with hours, progress links), since nothing stands in for the server;
 * the requests the page made, and its weight.
 */
abstract class NewcomerPageTest extends BrowserTest {

    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 740;

    /** The password of the counsellors these tests make. */
    private static final String PASSWORD = "newcomer-pages-password-1";
    static final String IEPER = TestData.IEPER;
    static final String VEURNE = "38025";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    private static final String CONVERSATION =
            "{\"subtype\":\"conversation-group\",\"setting\":\"group\",\"groupSize\":8}";

    @BeforeEach
    void phoneSized() {
        setWindowSize(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /**
     * A word no other test uses, letters only, so that a search for it finds exactly this test's offers (the test
     * classes share one server and database).
     */
    static String word() {
        return "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    }

    /**
     * The records these tests make as the administrator (listed organisations, published and public offers, see
     * {@link TestData#publicOffer}).
     */
    TestData data() {
        return new TestData(this::api);
    }

    /** A new counsellor of Westhoek, signed in. */
    Session counsellor() {
        String username = "begeleider-aanbod." + TestData.unique();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":"
                + "\"Begeleider\",\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"],\"password\":\""
                + PASSWORD + "\"}").post("/users").then().statusCode(201);
        return signIn(username, PASSWORD);
    }

    /** A newcomer of Ieper (which takes part) with an active trajectory, made by the counsellor; its id. */
    long activeTrajectory(Session counsellor, String firstName) {
        new TestData(this::api).participates(IEPER);
        long newcomer = as(counsellor).contentType("application/json").body("{\"firstName\":\"" + firstName
                        + "\",\"lastName\":\"Test" + TestData.unique() + "\",\"email\":\"n@example.org\","
                        + "\"integrationStatus\":\"obliged\",\"municipalityNis\":\"" + IEPER + "\",\"dutchLevel\":"
                        + "\"A2\",\"languages\":[\"ar\",\"nl\"],\"interests\":[\"cooking\"],"
                        + "\"availability\":[\"wed-afternoon\"],\"referralChannel\":\"agency\","
                        + "\"integrationContractDate\":\"2025-01-15\",\"integrationProgress\":\"running\","
                        + "\"consents\":{\"matching\":true}}")
                .post("/newcomers").then().statusCode(201).extract().jsonPath().getLong("id");
        long trajectory = as(counsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer + "}")
                .post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);
        return trajectory;
    }

    /** The trajectory placed in the offer (a conversation group) since a month; the placement's id. */
    long placeInOffer(Session counsellor, long trajectory, long offer) {
        return as(counsellor).contentType("application/json").body("{\"typeId\":\"alternative\",\"offerId\":"
                        + offer + ",\"startDate\":\"" + TODAY.minusDays(30) + "\",\"attributes\":" + CONVERSATION
                        + "}").post("/trajectories/" + trajectory + "/placements").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /** The counsellor reports hours of the placement on a day: waiting for confirmation. */
    void reportHours(Session counsellor, long trajectory, long placement, LocalDate day, String hours) {
        as(counsellor).contentType("application/json").body("{\"placementId\":" + placement + ",\"date\":\"" + day
                + "\",\"hours\":" + hours + "}").post("/trajectories/" + trajectory + "/hours").then()
                .statusCode(201);
    }

    /** The offer's contact person confirms every waiting hour of the placement through their confirmation link. */
    void contactConfirms(Session counsellor, long trajectory, long placement) {
        String token = as(counsellor).contentType("application/json").body("{}").post("/trajectories/" + trajectory
                + "/placements/" + placement + "/confirmation-links").then().statusCode(201).extract().jsonPath()
                .getString("token");
        anonymous().contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/public/confirmations/" + token).then().statusCode(200);
    }

    /** A progress link the counsellor made in the newcomer's language: its id, token and expiry. */
    record ProgressLink(long id, String token, String expiresAt) {
    }

    ProgressLink progressLink(Session counsellor, long trajectory, String language) {
        JsonPath made = as(counsellor).contentType("application/json").body("{\"language\":\"" + language + "\"}")
                .post("/trajectories/" + trajectory + "/progress-links").then().statusCode(201).extract().jsonPath();
        String url = made.getString("url");
        assertThat(url).contains("/aanbod/#/progress/");
        return new ProgressLink(made.getLong("id"), url.substring(url.lastIndexOf('/') + 1),
                made.getString("expiresAt"));
    }

    /**
     * The requests the page made to the public API since it loaded, as the Performance API saw them go out (nothing
     * stands in for the server): "path?query" below /api/v1/public/, e.g. {@code offers?page=0&size=10&lang=nl}.
     */
    @SuppressWarnings("unchecked")
    List<String> requests() {
        return (List<String>) script("""
                return performance.getEntriesByType('resource').map(e => new URL(e.name))
                    .filter(u => u.pathname.includes('/api/v1/public/'))
                    .map(u => u.pathname.replace(/^.*\\/api\\/v1\\/public\\//, '') + u.search);
                """);
    }

    /** A text of a public page's bundle, as the server serves it. */
    String text(String language, String key) {
        Map<String, Object> bundle = RestAssured.given().get(root() + "/aanbod/i18n/" + language + ".json").then()
                .statusCode(200).extract().jsonPath().getMap("$");
        assertThat(bundle).containsKey(key);
        return String.valueOf(bundle.get(key));
    }

    String htmlAttribute(String name) {
        return browser().findElement(By.tagName("html")).getAttribute(name);
    }

    /** Nothing sticks out sideways on the phone: no horizontal scrolling. */
    void assertNoHorizontalScrolling() {
        Number overflow = (Number) script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("pixels to scroll sideways").isLessThanOrEqualTo(0);
    }

    /**
     * Where the text of an element starts and ends horizontally on the screen ([left, right] of its text, not of its
     * box), to tell right-to-left layout from left-to-right.
     */
    @SuppressWarnings("unchecked")
    List<Number> textEdges(String cssSelector) {
        return (List<Number>) script("""
                const range = document.createRange();
                range.selectNodeContents(document.querySelector(arguments[0]));
                const r = range.getBoundingClientRect();
                return [r.left, r.right];
                """, cssSelector);
    }

    /** The browser's cache off, so the Performance API counts every byte of a first visit. */
    void withoutCache() {
        browser().executeCdpCommand("Network.enable", Map.of());
        browser().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    }

    /**
     * The bytes the page cost so far, from the Performance API: [transferred (headers and bodies as sent, compressed
     * if the server compressed), bodies as sent, bodies unpacked, number of requests]. Waits until the network is
     * quiet (no new entries for half a second).
     */
    @SuppressWarnings("unchecked")
    List<Number> pageWeight() {
        waitUntil(d -> {
            Number before = (Number) script("return performance.getEntriesByType('resource').length");
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Number after = (Number) script("return performance.getEntriesByType('resource').length");
            return before.intValue() == after.intValue();
        });
        return (List<Number>) script("""
                const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                const sum = field => all.reduce((total, e) => total + (e[field] || 0), 0);
                return [sum('transferSize'), sum('encodedBodySize'), sum('decodedBodySize'), all.length];
                """);
    }

    /** The resources of the page's weight, one line each, for the test's output. */
    @SuppressWarnings("unchecked")
    List<String> pageResources() {
        return (List<String>) script("""
                return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                    .map(e => e.transferSize + ' B ' + new URL(e.name).pathname);
                """);
    }
}
