package be.vierdepijler.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The records the scenarios work on, made through the API as the administrator, with the request shapes of the
 * in-suite tests (ear/src/test/java/…/it/TrajectoryTestSupport and PlacementTestSupport): users of a role, an
 * organisation with a published offer of the conversation group (type "alternative"), buddies, newcomers in Ieper
 * (which takes part in Westhoek) and their active trajectories, placements, hours and decisions. Every name is unique
 * so that scenarios never depend on each other's data.
 */
public final class Fixtures {

    public static final String IEPER = "33011";
    public static final String NETWORK = "westhoek";
    /** The password the administrator gives a new user, and the one the user then chooses. */
    public static final String FIRST_PASSWORD = "reliability-first-1";
    public static final String PASSWORD = "reliability-user-1";
    public static final String TYPE = "alternative";
    public static final String CATEGORY = "conversation-group";
    public static final String CONVERSATION = "{\"subtype\":\"conversation-group\",\"setting\":\"group\",\"groupSize\":8}";
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final ApiClient admin;

    public Fixtures(ApiClient admin) {
        this.admin = admin;
    }

    /** Signs in as the administrator at {@code base}. */
    public static ApiClient administrator(String base, String password) {
        ApiClient admin = new ApiClient(base);
        admin.signInAsAdministrator(password);
        return admin;
    }

    public static String unique() {
        return Long.toString(System.currentTimeMillis(), 36) + Long.toString(SEQUENCE.incrementAndGet(), 36);
    }

    public ApiClient admin() {
        return admin;
    }

    /** The answer when it has the status, else an exception naming the call and what came back. */
    public static ApiClient.Answer expect(ApiClient.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + answer.status() + " "
                    + ApiClient.abbreviate(answer.body()));
        }
        return answer;
    }

    private static long id(ApiClient.Answer answer) {
        return answer.json().path("id").asLong();
    }

    /** Ieper takes part in its network (idempotent). */
    public void ieperTakesPart() {
        ApiClient.Answer current = expect(admin.get("/api/v1/municipalities/" + IEPER), 200, "municipality");
        JsonNode membership = current.json().path("membership");
        if (!membership.path("participatingFrom").isMissingNode() && !membership.path("participatingFrom").isNull()
                && (membership.path("participatingUntil").isMissingNode() || membership.path("participatingUntil")
                .isNull())) {
            return;
        }
        expect(admin.send("PUT", "/api/v1/municipalities/" + IEPER + "/membership",
                        "{\"participatingFrom\":\"2020-01-01\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.util.Map.of("Content-Type", "application/json", "If-Match", current.header("ETag"))),
                200, "membership");
    }

    /** A new user of the role and scope (JSON fields), signed in at {@code base}. */
    public ApiClient user(String base, String name, String scope) {
        return signedIn(base, newUser(name, scope));
    }

    /** A new user of the role and scope (JSON fields); the user name. */
    public String newUser(String name, String scope) {
        String username = name + "." + unique();
        expect(admin.send("POST", "/api/v1/users", "{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\"," + scope + ",\"password\":\"" + FIRST_PASSWORD + "\"}"), 201, "user " + username);
        // A password an administrator set must be replaced at the first sign-in before anything else.
        ApiClient first = new ApiClient(admin.base().toString());
        first.signIn(username, FIRST_PASSWORD);
        expect(first.send("PUT", "/api/v1/session/password", ApiClient.MAPPER.createObjectNode()
                .put("currentPassword", FIRST_PASSWORD).put("newPassword", PASSWORD).toString()), 204, "password");
        return username;
    }

    /** A session of the user (made by {@link #newUser}) at {@code base}: a node, or the balancer. */
    public static ApiClient signedIn(String base, String username) {
        ApiClient client = new ApiClient(base);
        client.signIn(username, PASSWORD);
        return client;
    }

    /** A new counsellor of Westhoek; the user name. */
    public String newCounsellor() {
        return newUser("rel-counsellor", "\"role\":\"counsellor\",\"networkIds\":[\"" + NETWORK + "\"]");
    }

    /** A counsellor of Westhoek, signed in at {@code base}. */
    public ApiClient counsellor(String base) {
        return user(base, "rel-counsellor", "\"role\":\"counsellor\",\"networkIds\":[\"" + NETWORK + "\"]");
    }

    public long organisation() {
        return id(expect(admin.send("POST", "/api/v1/organisations", "{\"name\":\"Rel vzw " + unique()
                + "\",\"kind\":\"association\",\"municipalityNis\":\"" + IEPER
                + "\",\"contacts\":[{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}]}"), 201, "organisation"));
    }

    /** The body of a published conversation-group offer in Ieper (the same body changes it with PUT). */
    public static ObjectNode offerBody(long organisation, String title, int capacity) {
        ObjectNode body = ApiClient.MAPPER.createObjectNode();
        body.put("organisationId", organisation).put("trajectoryTypeId", TYPE).put("reportingCategory", CATEGORY)
                .put("title", title).put("municipalityNis", IEPER).put("requiredLevel", "A1")
                .put("capacity", capacity).put("status", "published");
        body.putObject("contact").put("name", "Els Contact").put("email", "els@example.org");
        return body;
    }

    public long offer(long organisation, int capacity) {
        return offer(offerBody(organisation, "Rel aanbod " + unique(), capacity));
    }

    public long offer(ObjectNode body) {
        return id(expect(admin.send("POST", "/api/v1/offers", body.toString()), 201, "offer"));
    }

    /** A screened, trained, active buddy of Ieper who takes {@code capacity} duos. */
    public long buddy(int capacity) {
        return id(expect(admin.send("POST", "/api/v1/buddies", "{\"firstName\":\"Bart\",\"lastName\":\"Rel"
                + unique() + "\",\"email\":\"bart@example.org\",\"municipalityNis\":\"" + IEPER
                + "\",\"languages\":[\"nl\",\"ar\"],\"screening\":\"screened\",\"training\":\"trained\","
                + "\"trainedOn\":\"2025-01-01\",\"capacity\":" + capacity + ",\"status\":\"active\","
                + "\"consents\":{\"matching\":true}}"), 201, "buddy"));
    }

    public static String newcomerBody(String firstName) {
        return "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Rel" + unique() + "\",\"email\":\"n@example.org\","
                + "\"integrationStatus\":\"obliged\",\"municipalityNis\":\"" + IEPER + "\",\"dutchLevel\":\"A2\","
                + "\"languages\":[\"ar\",\"nl\"],\"interests\":[\"cooking\",\"sport\"],"
                + "\"availability\":[\"wed-afternoon\"],\"referralChannel\":\"agency\","
                + "\"integrationContractDate\":\"2025-01-15\",\"integrationProgress\":\"running\","
                + "\"consents\":{\"matching\":true}}";
    }

    /**
     * A newcomer of Ieper with an active trajectory, opened by {@code as} (a counsellor: it becomes theirs) with the
     * target (40 is the default; any other needs a reason).
     */
    public static long activeTrajectory(ApiClient as, String firstName, int targetHours) {
        long newcomer = id(expect(as.send("POST", "/api/v1/newcomers", newcomerBody(firstName)), 201, "newcomer"));
        String target = targetHours == 40 ? "" : ",\"targetHours\":" + targetHours
                + ",\"targetReason\":\"Betrouwbaarheidstest: veel uren\"";
        return id(expect(as.send("POST", "/api/v1/trajectories", "{\"newcomerId\":" + newcomer
                + ",\"activate\":true" + target + "}"), 201, "trajectory"));
    }

    public static ApiClient.Answer placeInOffer(ApiClient as, long trajectory, long offer, int daysAgo) {
        return as.send("POST", "/api/v1/trajectories/" + trajectory + "/placements", "{\"typeId\":\"" + TYPE
                + "\",\"offerId\":" + offer + ",\"startDate\":\"" + TODAY.minusDays(daysAgo) + "\",\"attributes\":"
                + CONVERSATION + "}");
    }

    public static ApiClient.Answer placeWithBuddy(ApiClient as, long trajectory, long buddy, int daysAgo) {
        return as.send("POST", "/api/v1/trajectories/" + trajectory + "/placements", "{\"typeId\":\"buddy\","
                + "\"buddyId\":" + buddy + ",\"startDate\":\"" + TODAY.minusDays(daysAgo) + "\",\"attributes\":"
                + "{\"meetingRhythm\":\"weekly\",\"sharedLanguages\":[\"nl\",\"ar\"]}}");
    }

    /** A placement in the offer started {@code daysAgo}; its id. */
    public static long placed(ApiClient as, long trajectory, long offer, int daysAgo) {
        return id(expect(placeInOffer(as, trajectory, offer, daysAgo), 201, "placement"));
    }

    public static ApiClient.Answer report(ApiClient as, long trajectory, long placement, LocalDate day,
                                          String hours, String note) {
        ObjectNode body = ApiClient.MAPPER.createObjectNode().put("placementId", placement)
                .put("date", day.toString()).put("hours", new java.math.BigDecimal(hours));
        if (note != null) {
            body.put("note", note);
        }
        return as.send("POST", "/api/v1/trajectories/" + trajectory + "/hours", body.toString());
    }

    public static long reported(ApiClient as, long trajectory, long placement, LocalDate day, String hours) {
        return id(expect(report(as, trajectory, placement, day, hours, null), 201, "hours"));
    }

    public static ApiClient.Answer decide(ApiClient as, long trajectory, long entry, String decision) {
        return as.send("POST", "/api/v1/trajectories/" + trajectory + "/hours/" + entry + "/decision",
                "{\"decision\":\"" + decision + "\"}");
    }

    /** A confirmation link for the placement's contact person; {@code email} true sends it by mail. Its token. */
    public static JsonNode link(ApiClient as, long trajectory, long placement, boolean email) {
        return expect(as.send("POST", "/api/v1/trajectories/" + trajectory + "/placements/" + placement
                        + "/confirmation-links", email ? "{\"send\":\"email\",\"email\":\"els@example.org\"}" : "{}"),
                201, "confirmation link").json();
    }
}
