package be.vierdepijler.it;

import io.restassured.specification.RequestSpecification;

/**
 * What the tests of newcomers and trajectories share: users of a role and scope, newcomers, trajectories started
 * and municipalities that take part, each made unique so that test classes never depend on each other's data.
 */
abstract class TrajectoryTestSupport extends ApiTest {

    static final String PASSWORD = "trajectory-password-1";
    static final String IEPER = "33011";
    static final String MESEN = "33016";
    static final String POPERINGE = "33021";
    static final String GENK = "71016";

    static String unique() {
        return TestData.unique();
    }

    /** A new user signed in; {@code scope} is the JSON of the role and its scope fields. */
    Session user(String name, String scope) {
        String username = name + "." + unique();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\"," + scope + ",\"password\":\"" + PASSWORD + "\"}").post("/users").then().statusCode(201);
        return signIn(username, PASSWORD);
    }

    Session counsellor(String network) {
        return user("counsellor-" + network, "\"role\":\"counsellor\",\"networkIds\":[\"" + network + "\"]");
    }

    /** The municipality takes part in its network since 2020 (idempotent). */
    void participates(String nis) {
        new TestData(this::api).participates(nis);
    }

    static String newcomer(String firstName, String nis, String progress) {
        return "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Test" + unique() + "\",\"email\":\"n@example.org\","
                + "\"integrationStatus\":\"obliged\",\"municipalityNis\":\"" + nis + "\",\"dutchLevel\":\"A2\","
                + "\"languages\":[\"ar\",\"nl\"],\"interests\":[\"cooking\",\"sport\"],"
                + "\"availability\":[\"wed-afternoon\"],\"referralChannel\":\"agency\","
                + "\"integrationContractDate\":\"2025-01-15\",\"integrationProgress\":\"" + progress + "\","
                + "\"consents\":{\"matching\":true}}";
    }

    long createNewcomer(RequestSpecification as, String json) {
        return as.contentType("application/json").body(json).post("/newcomers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    long openTrajectory(RequestSpecification as, long newcomerId) {
        return as.contentType("application/json").body("{\"newcomerId\":" + newcomerId + "}").post("/trajectories")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A newcomer in Ieper (taking part) with an active trajectory, by this counsellor. */
    long activeTrajectory(Session counsellor, String firstName) {
        participates(IEPER);
        long newcomerId = createNewcomer(as(counsellor), newcomer(firstName, IEPER, "running"));
        long id = openTrajectory(as(counsellor), newcomerId);
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(200);
        return id;
    }
}
