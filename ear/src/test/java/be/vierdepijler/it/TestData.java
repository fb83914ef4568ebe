package be.vierdepijler.it;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * Records that tests of every package make through the API (a municipality that takes part, a newcomer, a started
 * trajectory, an organisation with an offer, an offer on the public finder, a buddy), each made unique so that test
 * classes never depend on each other's data. Composed rather than inherited, so that browser tests ({@code it.ui}) use
 * it as the API tests do: {@code new TestData(this::api)}.
 */
public final class TestData {

    /** Takes part in Westhoek; the trajectory tests use it too (never made to stop taking part). */
    public static final String IEPER = "33011";
    /** The contact person of {@link #offerWithContact}: one who confirms hours by e-mail. */
    public static final String CONTACT = "{\"name\":\"Els Contact\",\"email\":\"els.contact@example.org\"}";
    /** The decree's checklist with every point met: what approving an offer for the public finder takes. */
    public static final String CHECKLIST = "{\"dutchSetting\":true,\"newContacts\":true,\"groupOrDuo\":true,"
            + "\"hoursPossible\":20}";

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

    /** An association in the municipality that agreed to be listed on the public finder; its id. */
    public long listedOrganisation(String name, String nis) {
        long id = api.get().contentType("application/json").body("{\"name\":\"" + name + " " + unique()
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + nis + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        publicListing(id, true);
        return id;
    }

    /** The organisation agrees (true) or no longer agrees (false) to be listed on the public finder; the answer. */
    public ValidatableResponse publicListing(long organisation, boolean listed) {
        return api.get().contentType("application/json").body("{\"publicListing\":" + listed + "}")
                .put("/organisations/" + organisation + "/public-listing").then().statusCode(200);
    }

    /**
     * The body of a published conversation group (level A1, five places, no contact person), with {@code fields}
     * (name, JSON value, …) added or replaced.
     */
    public static String offerBody(long organisation, String title, String nis, String... fields) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("organisationId", Long.toString(organisation));
        json.put("trajectoryTypeId", "\"alternative\"");
        json.put("reportingCategory", "\"conversation-group\"");
        json.put("title", "\"" + title + "\"");
        json.put("municipalityNis", "\"" + nis + "\"");
        json.put("requiredLevel", "\"A1\"");
        json.put("capacity", "5");
        json.put("status", "\"published\"");
        for (int i = 0; i < fields.length; i += 2) {
            json.put(fields[i], fields[i + 1]);
        }
        StringJoiner body = new StringJoiner(",", "{", "}");
        json.forEach((k, v) -> body.add("\"" + k + "\":" + v));
        return body.toString();
    }

    /** The body of {@link #offerBody} with the {@link #CONTACT} person, who confirms hours; {@code fields} win. */
    public static String offerWithContact(long organisation, String title, String nis, String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "contact";
        all[1] = CONTACT;
        System.arraycopy(fields, 0, all, 2, fields.length);
        return offerBody(organisation, title, nis, all);
    }

    /** An offer made from the body as given; its id. */
    public long createOffer(String body) {
        return api.get().contentType("application/json").body(body).post("/offers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A published offer with a contact person ({@link #offerWithContact}), not approved for the public finder. */
    public long publishedOffer(long organisation, String title, String nis, String... fields) {
        return createOffer(offerWithContact(organisation, title, nis, fields));
    }

    /** Approves the offer against the decree's {@link #CHECKLIST}; the answer. */
    public ValidatableResponse approve(long offer) {
        String version = api.get().get("/offers/" + offer).header("ETag");
        return api.get().header("If-Match", version).contentType("application/json").body(CHECKLIST)
                .put("/offers/" + offer + "/approval").then().statusCode(200);
    }

    /**
     * A published offer with a contact person ({@link #offerWithContact}) approved against the decree's checklist: on
     * the public finder when its organisation is listed ({@link #listedOrganisation}); its id.
     */
    public long publicOffer(long organisation, String title, String nis, String... fields) {
        long id = publishedOffer(organisation, title, nis, fields);
        approve(id);
        return id;
    }

    /** Replaces the offer as a whole (e.g. to close it). */
    public void changeOffer(long offer, String body) {
        String etag = api.get().get("/offers/" + offer).header("ETag");
        api.get().header("If-Match", etag).contentType("application/json").body(body).put("/offers/" + offer).then()
                .statusCode(200);
    }

    /** A screened, trained, active buddy in the municipality who can take two duos; the id. */
    public long buddy(String nis) {
        return api.get().contentType("application/json").body("{\"firstName\":\"Bieke\",\"lastName\":\"Test "
                        + unique() + "\",\"email\":\"buddy@example.org\",\"municipalityNis\":\"" + nis
                        + "\",\"languages\":[\"ar\"],\"interests\":[\"cooking\"],\"availability\":[\"wed-afternoon\"],"
                        + "\"screening\":\"screened\",\"training\":\"trained\",\"trainedOn\":\"2025-06-01\","
                        + "\"capacity\":2,\"status\":\"active\",\"consents\":{\"matching\":true}}")
                .post("/buddies").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
