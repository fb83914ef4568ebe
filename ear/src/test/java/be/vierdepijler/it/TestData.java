package be.vierdepijler.it;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/**
 * Records that tests of every package make through the API (a municipality that takes part, a newcomer, a started
 * trajectory, an organisation with an offer, a buddy), each made unique so that test classes never depend on each
 * other's data. Composed rather than inherited, so that browser tests ({@code it.ui}) use it as the API tests do:
 * {@code new TestData(this::api)}.
 */
public final class TestData {

    /** Takes part in Westhoek; the trajectory tests use it too (never made to stop taking part). */
    public static final String IEPER = "33011";

    private final Supplier<RequestSpecification> api;

    /** @param api a request as the administrator, e.g. {@code this::api} of an {@link ApiTest} */
    public TestData(Supplier<RequestSpecification> api) {
        this.api = api;
    }

    public static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** The municipality takes part in its network since 2020 (idempotent). */
    public void participates(String nis) {
        Response current = api.get().get("/municipalities/" + nis);
        if ("2020-01-01".equals(current.jsonPath().getString("membership.participatingFrom"))
                && current.jsonPath().getString("membership.participatingUntil") == null) {
            return;
        }
        api.get().header("If-Match", current.header("ETag")).contentType("application/json")
                .body("{\"participatingFrom\":\"2020-01-01\"}").put("/municipalities/" + nis + "/membership")
                .then().statusCode(200);
    }

    /**
     * The municipality takes part in its network today: left as it is when it does (from whatever day), made to take
     * part from 2020 when it does not.
     */
    public void takesPart(String nis) {
        Response current = api.get().get("/municipalities/" + nis);
        if (current.jsonPath().getString("membership.participatingFrom") != null
                && current.jsonPath().getString("membership.participatingUntil") == null) {
            return;
        }
        api.get().header("If-Match", current.header("ETag")).contentType("application/json")
                .body("{\"participatingFrom\":\"2020-01-01\"}").put("/municipalities/" + nis + "/membership")
                .then().statusCode(200);
    }

    /** A newcomer obliged to integrate, consenting to matching; the id. */
    public long newcomer(String firstName, String nis) {
        return api.get().contentType("application/json").body("{\"firstName\":\"" + firstName + "\",\"lastName\":\"Test"
                        + unique() + "\",\"email\":\"n@example.org\",\"integrationStatus\":\"obliged\","
                        + "\"municipalityNis\":\"" + nis + "\",\"dutchLevel\":\"A2\",\"languages\":[\"ar\",\"nl\"],"
                        + "\"interests\":[\"cooking\",\"sport\"],\"availability\":[\"wed-afternoon\"],"
                        + "\"referralChannel\":\"agency\",\"integrationContractDate\":\"2025-01-15\","
                        + "\"integrationProgress\":\"running\",\"consents\":{\"matching\":true}}")
                .post("/newcomers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Opens and starts the newcomer's trajectory (their municipality must take part); its id. */
    public long activeTrajectory(long newcomerId) {
        long id = api.get().contentType("application/json").body("{\"newcomerId\":" + newcomerId + "}")
                .post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        api.get().contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    /** An association in the municipality; its id. */
    public long organisation(String nis) {
        return api.get().contentType("application/json").body("{\"name\":\"Vzw Test " + unique()
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + nis + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A published conversation group of the organisation in the municipality, three places; its id. */
    public long offer(long organisationId, String nis) {
        return api.get().contentType("application/json").body("{\"organisationId\":" + organisationId
                        + ",\"trajectoryTypeId\":\"alternative\",\"reportingCategory\":\"conversation-group\","
                        + "\"title\":\"Babbeltafel " + unique() + "\",\"municipalityNis\":\"" + nis
                        + "\",\"requiredLevel\":\"A1\",\"capacity\":3,\"languages\":[\"ar\"],\"status\":\"published\"}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A screened, trained, active buddy in the municipality who can take two duos; the id. */
    public long buddy(String nis) {
        return api.get().contentType("application/json").body("{\"firstName\":\"Buddy\",\"lastName\":\"Test "
                        + unique() + "\",\"email\":\"buddy@example.org\",\"municipalityNis\":\"" + nis
                        + "\",\"languages\":[\"ar\"],\"interests\":[\"cooking\"],\"availability\":[\"wed-afternoon\"],"
                        + "\"screening\":\"screened\",\"training\":\"trained\",\"trainedOn\":\"2025-06-01\","
                        + "\"capacity\":2,\"status\":\"active\",\"consents\":{\"matching\":true}}")
                .post("/buddies").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
