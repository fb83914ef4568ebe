package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /worklist} and {@code /worklist/summary}: one counsellor's trajectories in Westhoek, each made to meet
 * one reason (or two), and beside each a trajectory that just misses it — hours 14 days ago, a pending entry reported
 * 6 days ago, a deadline 31 days ahead, an intake opened 14 days ago, a stopped and a completed trajectory — which must
 * be absent. Scope (another network's counsellor, the roles that follow no trajectory), a counsellor's own trajectories
 * by default, paging, sorting and bad input. The past is made with {@link WorklistFixture}, deployed with this test
 * only; the counsellor's user name keeps other tests' trajectories out of the counts.
 */
@Fixtures(WorklistFixture.class)
class WorklistIT extends PlacementTestSupport {

    /** The trajectories of one counsellor, made once for every test of this class. */
    private static Session counsellor;
    private static String counsellorName;
    private static long idle;
    private static long neverHours;
    private static long waiting;
    private static long deadline;
    private static long deadlinePassed;
    private static long stalled;
    private static long rematch;
    private static long rematchNewcomer;
    private static final List<Long> ABSENT = new ArrayList<>();
    private static long offer;

    @BeforeEach
    void buildTheWorklistOnce() {
        if (counsellor != null) {
            return;
        }
        counsellor = counsellor("westhoek");
        counsellorName = username(counsellor);
        participates(IEPER);
        offer = offer(organisation("Werklijst"), "alternative", "conversation-group", 40);

        // no-hours: the last hours 25 days ago (confirmed), started 30 days ago, placed
        idle = started("Stil");
        openedDaysAgo(idle, 30);
        workedDaysAgo(confirmed(idle, placed(idle), "2"), 25);
        // … and hours 14 days ago: not idle
        long recent = started("Recent");
        openedDaysAgo(recent, 30);
        workedDaysAgo(confirmed(recent, placed(recent), "2"), 14);
        ABSENT.add(recent);

        // no-hours without any hours, counted from the start 22 days ago; without a placement also intake-stalled
        neverHours = started("Nooit");
        openedDaysAgo(neverHours, 22);

        // hours-waiting: two pending entries reported 8 and 9 days ago count, one reported today does not
        waiting = started("Wacht");
        long placement = placed(waiting);
        reportedDaysAgo(reported(counsellor, waiting, placement, TODAY, "2.5"), 8);
        reportedDaysAgo(reported(counsellor, waiting, placement, TODAY, "1.5"), 9);
        reported(counsellor, waiting, placement, TODAY, "1");
        // … and one reported 6 days ago: not waiting long enough
        long waitingShort = started("Geduld");
        reportedDaysAgo(reported(counsellor, waitingShort, placed(waitingShort), TODAY, "2"), 6);
        ABSENT.add(waitingShort);

        // deadline-near: 30 days ahead with 3 of 40 hours confirmed; one passed 2 days ago
        deadline = started("Deadline", TODAY.plusDays(30));
        confirmed(deadline, placed(deadline), "3");
        deadlinePassed = started("Verstreken", null);
        placed(deadlinePassed);
        openedDaysAgo(deadlinePassed, 10);
        String etag = as(counsellor).get("/trajectories/" + deadlinePassed).then().statusCode(200).extract()
                .header("ETag");
        as(counsellor).header("If-Match", etag).contentType("application/json").body("{\"deadline\":\""
                        + TODAY.minusDays(2) + "\",\"counsellor\":\"" + counsellorName + "\"}")
                .put("/trajectories/" + deadlinePassed).then().statusCode(200);
        // … and 31 days ahead: not near
        long far = started("Later", TODAY.plusDays(31));
        placed(far);
        ABSENT.add(far);

        // intake-stalled: in intake, opened 15 days ago; one opened 14 days ago is not
        stalled = intake("Wachtend");
        openedDaysAgo(stalled, 15);
        long young = intake("Jong");
        openedDaysAgo(young, 14);
        ABSENT.add(young);

        // closed trajectories never: stopped (idle and without placement for a month), completed (with hours pending
        // for 8 days)
        long stopped = started("Gestopt");
        openedDaysAgo(stopped, 30);
        as(counsellor).contentType("application/json").body("{\"to\":\"stopped\",\"reason\":\"Verhuisd\"}")
                .post("/trajectories/" + stopped + "/transitions").then().statusCode(200);
        ABSENT.add(stopped);
        long completed = completedWithOldPendingHours();
        ABSENT.add(completed);

        rematch = needsRematch();
    }

    // ---- the reasons -------------------------------------------------------------------------------------------

    @Test
    void everyReasonIsListedWithItsDetailAndWhatJustMissesOneIsNot() {
        JsonPath list = as(counsellor).get("/worklist?size=200").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.trajectoryId", Long.class))
                .containsExactlyInAnyOrder(idle, neverHours, waiting, deadline, deadlinePassed, stalled, rematch)
                .doesNotContainAnyElementsOf(ABSENT);
        assertThat(list.getInt("totalItems")).isEqualTo(7);

        Map<String, Object> idleItem = item(list, idle);
        assertThat(idleItem).containsEntry("status", "active").containsEntry("counsellor", counsellorName)
                .containsEntry("networkId", "westhoek").containsEntry("municipalityNis", IEPER)
                .containsEntry("firstName", "Stil");
        assertThat(reasonCodes(idleItem)).containsExactly("no-hours");
        assertThat(detail(idleItem, "no-hours")).containsEntry("lastHoursOn", TODAY.minusDays(25).toString())
                .containsEntry("since", TODAY.minusDays(25).toString()).containsEntry("weeksSince", 3);
        assertThat(reason(idleItem, "no-hours")).containsEntry("label", "Geen uren");

        Map<String, Object> never = item(list, neverHours);
        assertThat(reasonCodes(never)).containsExactly("no-hours", "intake-stalled");
        assertThat(detail(never, "no-hours")).containsEntry("lastHoursOn", null)
                .containsEntry("since", TODAY.minusDays(22).toString()).containsEntry("weeksSince", 3);
        assertThat(detail(never, "intake-stalled")).containsEntry("openedOn", TODAY.minusDays(22).toString())
                .containsEntry("daysSinceOpened", 22);

        Map<String, Object> waitingItem = item(list, waiting);
        assertThat(reasonCodes(waitingItem)).containsExactly("hours-waiting");
        assertThat(detail(waitingItem, "hours-waiting")).containsEntry("entries", 2)
                .containsEntry("oldestReportedOn", TODAY.minusDays(9).toString());
        assertThat(((Number) detail(waitingItem, "hours-waiting").get("hours")).doubleValue()).isEqualTo(4.0);

        Map<String, Object> deadlineItem = item(list, deadline);
        assertThat(reasonCodes(deadlineItem)).containsExactly("deadline-near");
        assertThat(detail(deadlineItem, "deadline-near")).containsEntry("deadline", TODAY.plusDays(30).toString())
                .containsEntry("daysLeft", 30);
        assertThat(((Number) detail(deadlineItem, "deadline-near").get("hoursNeeded")).doubleValue()).isEqualTo(37.0);
        assertThat(((Number) deadlineItem.get("confirmedHours")).doubleValue()).isEqualTo(3.0);
        assertThat(deadlineItem).containsEntry("deadline", TODAY.plusDays(30).toString());
        assertThat(detail(item(list, deadlinePassed), "deadline-near")).containsEntry("daysLeft", -2);

        Map<String, Object> stalledItem = item(list, stalled);
        assertThat(stalledItem).containsEntry("status", "intake");
        assertThat(reasonCodes(stalledItem)).containsExactly("intake-stalled");
        assertThat(detail(stalledItem, "intake-stalled")).containsEntry("daysSinceOpened", 15);

        Map<String, Object> rematchItem = item(list, rematch);
        assertThat(rematchItem).containsEntry("newcomerId", (int) rematchNewcomer);
        assertThat(reasonCodes(rematchItem)).containsExactly("needs-rematch");
        assertThat(detail(rematchItem, "needs-rematch")).containsEntry("since", TODAY.toString());
    }

    @Test
    void theSummaryCountsEachReasonAndEachTrajectoryOnce() {
        JsonPath summary = as(counsellor).get("/worklist/summary").then().statusCode(200)
                .body("mine", is(true)).body("networkId", equalTo(null)).body("idleWeeks", is(3))
                .extract().jsonPath();
        assertThat(summary.getInt("total")).isEqualTo(7);
        assertThat(summary.getList("reasons.code", String.class)).containsExactly("no-hours", "deadline-near",
                "hours-waiting", "intake-stalled", "needs-rematch");
        assertThat(summary.getList("reasons.count", Integer.class)).containsExactly(2, 2, 1, 2, 1);
        assertThat(summary.getString("reasons[3].label")).isEqualTo("Nog geen plaatsing");

        // a coordinator counts the whole network, so at least these; narrowed to the counsellor, exactly these
        Session coordinator = user("coordinator-westhoek", "\"role\":\"network-coordinator\","
                + "\"networkIds\":[\"westhoek\"]");
        as(coordinator).get("/worklist/summary?network=westhoek&counsellor=" + counsellorName).then().statusCode(200)
                .body("mine", is(false)).body("networkId", equalTo("westhoek")).body("total", is(7));
        assertThat(as(coordinator).get("/worklist/summary").then().statusCode(200).extract().jsonPath()
                .getInt("total")).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aReasonFilterKeepsTheOtherReasonsOfWhatItFinds() {
        JsonPath list = as(counsellor).get("/worklist?reason=intake-stalled").then().statusCode(200).extract()
                .jsonPath();
        assertThat(list.getList("items.trajectoryId", Long.class)).containsExactlyInAnyOrder(neverHours, stalled);
        assertThat(reasonCodes(item(list, neverHours))).containsExactly("no-hours", "intake-stalled");
        for (String[] reason : new String[][] {{"no-hours", "2"}, {"deadline-near", "2"}, {"hours-waiting", "1"},
                {"needs-rematch", "1"}}) {
            as(counsellor).get("/worklist?reason=" + reason[0]).then().statusCode(200)
                    .body("totalItems", is(Integer.parseInt(reason[1])));
        }
    }

    // ---- scope and "mine" --------------------------------------------------------------------------------------

    @Test
    void aCounsellorSeesTheirOwnByDefaultAndTheirNetworksWhenAskedAndNeverAnotherNetwork() {
        Session colleague = counsellor("westhoek");
        assertThat(ids(as(colleague), "/worklist?size=200")).doesNotContain(idle, stalled, rematch);
        as(colleague).get("/worklist/summary").then().statusCode(200).body("mine", is(true));
        assertThat(ids(as(colleague), "/worklist?mine=false&counsellor=" + counsellorName))
                .containsExactlyInAnyOrder(idle, neverHours, waiting, deadline, deadlinePassed, stalled, rematch);
        // naming a counsellor asks for theirs; with mine=true as well, nothing of someone else's
        assertThat(ids(as(colleague), "/worklist?counsellor=" + counsellorName)).hasSize(7);
        as(colleague).get("/worklist?mine=true&counsellor=" + counsellorName).then().statusCode(200)
                .body("totalItems", is(0));

        Session limburg = counsellor("limburg");
        as(limburg).get("/worklist?mine=false&counsellor=" + counsellorName).then().statusCode(200)
                .body("totalItems", is(0));
        as(limburg).get("/worklist?mine=false&network=westhoek&counsellor=" + counsellorName).then()
                .statusCode(200).body("totalItems", is(0));
        as(limburg).get("/worklist/summary?mine=false&network=westhoek&counsellor=" + counsellorName).then()
                .statusCode(200).body("total", is(0)).body("reasons.count", org.hamcrest.Matchers.everyItem(is(0)));

        Session coordinator = user("coordinator-westhoek", "\"role\":\"network-coordinator\","
                + "\"networkIds\":[\"westhoek\"]");
        assertThat(ids(as(coordinator), "/worklist?size=200&counsellor=" + counsellorName)).hasSize(7);
        Session limburgCoordinator = user("coordinator-limburg", "\"role\":\"network-coordinator\","
                + "\"networkIds\":[\"limburg\"]");
        as(limburgCoordinator).get("/worklist?counsellor=" + counsellorName).then().statusCode(200)
                .body("totalItems", is(0));
        assertThat(ids(api(), "/worklist?size=200&counsellor=" + counsellorName)).hasSize(7);
    }

    @Test
    void whoFollowsNoTrajectoryIsRefused() {
        long organisation = organisation("Werklijst-contact");
        List<Session> refused = List.of(
                user("officer-ieper", "\"role\":\"local-officer\",\"municipalityNis\":\"" + IEPER + "\""),
                user("viewer", "\"role\":\"viewer\""),
                user("contact", "\"role\":\"organisation-contact\",\"organisationId\":" + organisation));
        for (Session session : refused) {
            as(session).get("/worklist").then().statusCode(403).contentType("application/problem+json");
            as(session).get("/worklist/summary").then().statusCode(403).contentType("application/problem+json");
        }
        anonymous().get("/worklist").then().statusCode(401);
    }

    // ---- order, paging, bad input --------------------------------------------------------------------------------

    @Test
    void mostUrgentFirstThenByNameOrDeadlineAndPagedLikeEveryList() {
        List<Long> urgent = ids(as(counsellor), "/worklist");
        assertThat(urgent.get(0)).as("two reasons come first").isEqualTo(neverHours);

        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            JsonPath answer = as(counsellor).get("/worklist?size=2&page=" + page).then().statusCode(200)
                    .body("page", is(page)).body("size", is(2)).body("totalItems", is(7)).body("totalPages", is(4))
                    .extract().jsonPath();
            seen.addAll(answer.getList("items.trajectoryId", Long.class));
        }
        assertThat(seen).containsExactlyElementsOf(urgent);
        as(counsellor).get("/worklist?size=2&page=9").then().statusCode(200).body("items.size()", is(0))
                .body("totalItems", is(7));

        JsonPath byDeadline = as(counsellor).get("/worklist?sort=deadline").then().statusCode(200).extract()
                .jsonPath();
        assertThat(byDeadline.getList("items.trajectoryId", Long.class).subList(0, 2))
                .containsExactly(deadlinePassed, deadline);
        assertThat(byDeadline.getList("items.deadline", String.class).subList(2, 7)).containsOnlyNulls();

        // by the name as it is searched: first name, then last name
        assertThat(as(counsellor).get("/worklist?sort=name").then().statusCode(200).extract().jsonPath()
                .getList("items.firstName", String.class))
                .containsExactly("Buddyloos", "Deadline", "Nooit", "Stil", "Verstreken", "Wacht", "Wachtend");
        assertThat(as(counsellor).get("/worklist?sort=-name").then().statusCode(200).extract().jsonPath()
                .getList("items.firstName", String.class).get(0)).isEqualTo("Wachtend");
        List<Long> reversed = ids(as(counsellor), "/worklist?sort=-urgency");
        assertThat(reversed.get(reversed.size() - 1)).isEqualTo(neverHours);
    }

    @Test
    void badFiltersAreNamedAndRefused() {
        as(counsellor).get("/worklist?reason=busy&mine=maybe&sort=age&size=500").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("reason", "mine", "sort", "size"));
        as(counsellor).get("/worklist?network=nowhere").then().statusCode(400)
                .body("violations[0].field", equalTo("network")).body("violations[0].code", equalTo("unknown-network"));
        as(counsellor).get("/worklist/summary?mine=ja").then().statusCode(400)
                .body("violations.field", hasItem("mine"));
    }

    // ---- building the data ---------------------------------------------------------------------------------------

    private String username(Session session) {
        return as(session).get("/session").then().statusCode(200).extract().jsonPath().getString("username");
    }

    private long newcomerOfIeper(String firstName) {
        return createNewcomer(as(counsellor), newcomer(firstName, IEPER, "running"));
    }

    private long intake(String firstName) {
        return openTrajectory(as(counsellor), newcomerOfIeper(firstName));
    }

    private long started(String firstName) {
        return started(firstName, null);
    }

    /** An active trajectory of the counsellor, with this deadline (or none). */
    private long started(String firstName, java.time.LocalDate until) {
        long newcomer = newcomerOfIeper(firstName);
        long id = as(counsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer
                        + (until == null ? "" : ",\"deadline\":\"" + until + "\"") + "}")
                .post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    private long placed(long trajectory) {
        return placeInOffer(counsellor, trajectory, "alternative", offer, CONVERSATION, 0).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private long confirmed(long trajectory, long placement, String hours) {
        long entry = reported(counsellor, trajectory, placement, TODAY, hours);
        as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
        return entry;
    }

    private void openedDaysAgo(long trajectory, int days) {
        api().contentType("text/plain").body(TODAY.minusDays(days).toString())
                .put("/test-fixtures/worklist/trajectories/" + trajectory + "/opened-on").then().statusCode(204);
    }

    private void workedDaysAgo(long entry, int days) {
        api().contentType("text/plain").body(TODAY.minusDays(days).toString())
                .put("/test-fixtures/worklist/hours/" + entry + "/date").then().statusCode(204);
    }

    private void reportedDaysAgo(long entry, int days) {
        api().contentType("text/plain").body(Instant.now().minus(days, ChronoUnit.DAYS).toString())
                .put("/test-fixtures/worklist/hours/" + entry + "/reported-at").then().statusCode(204);
    }

    /** A trajectory of 1 hour, completed by its confirmed hour while half an hour reported 8 days ago is pending. */
    private long completedWithOldPendingHours() {
        long newcomer = newcomerOfIeper("Klaar");
        long id = as(counsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer
                        + ",\"targetHours\":1,\"targetReason\":\"Vrijgesteld voor het grootste deel\"}")
                .post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(200);
        openedDaysAgo(id, 30);
        long placement = placed(id);
        reportedDaysAgo(reported(counsellor, id, placement, TODAY, "0.5"), 8);
        confirmed(id, placement, "1");
        as(counsellor).get("/trajectories/" + id).then().statusCode(200).body("status", equalTo("completed"));
        return id;
    }

    /**
     * A newcomer whose buddy duo ended while the trajectory runs, as matching makes it: a buddy only they fit (a
     * language, interests and a time slot nobody else in the tests has), a proposal for Westhoek, the pair approved,
     * the duo ended by the counsellor.
     */
    private long needsRematch() {
        String profile = "\"languages\":[\"ti\",\"nl\"],\"interests\":[\"gardening\",\"crafts\"],"
                + "\"availability\":[\"sun-evening\"]";
        long newcomer = createNewcomer(as(counsellor), newcomer("Buddyloos", IEPER, "running")
                .replace("\"languages\":[\"ar\",\"nl\"],\"interests\":[\"cooking\",\"sport\"],"
                        + "\"availability\":[\"wed-afternoon\"]", profile));
        rematchNewcomer = newcomer;
        long trajectory = openTrajectory(as(counsellor), newcomer);
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);
        api().contentType("application/json").body("{\"firstName\":\"Bieke\",\"lastName\":\"Werklijst " + unique()
                        + "\",\"email\":\"buddy@example.org\",\"municipalityNis\":\"" + IEPER + "\"," + profile
                        + ",\"screening\":\"screened\",\"training\":\"trained\",\"trainedOn\":\"2025-06-01\","
                        + "\"capacity\":1,\"status\":\"active\",\"consents\":{\"matching\":true}}")
                .post("/buddies").then().statusCode(201);
        long proposal = api().post("/matches/proposals?network=westhoek").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        List<Map<String, Object>> pairs = api().get("/matches/proposals/" + proposal + "/pairs?size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.newcomer.id == " + newcomer + " }");
        assertThat(pairs).as("a pair for newcomer " + newcomer).hasSize(1);
        long placement = api().contentType("application/json")
                .body("{\"attributes\":{\"meetingRhythm\":\"weekly\",\"sharedLanguages\":[\"nl\"]}}")
                .post("/matches/pairs/" + pairs.get(0).get("id") + "/approve").then().statusCode(200).extract()
                .jsonPath().getLong("placementId");
        as(counsellor).contentType("application/json").body("{}")
                .post("/trajectories/" + trajectory + "/placements/" + placement + "/end").then().statusCode(200);
        api().get("/matches/newcomers/" + newcomer).then().statusCode(200).body("status", equalTo("needs-rematch"));
        return trajectory;
    }

    // ---- reading the answer --------------------------------------------------------------------------------------

    private static List<Long> ids(RequestSpecification as, String path) {
        return as.get(path).then().statusCode(200).extract().jsonPath().getList("items.trajectoryId", Long.class);
    }

    private static Map<String, Object> item(JsonPath list, long trajectory) {
        Map<String, Object> item = list.getMap("items.find { it.trajectoryId == " + trajectory + " }");
        assertThat(item).as("trajectory %s on the worklist", trajectory).isNotNull();
        return item;
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasonCodes(Map<String, Object> item) {
        return ((List<Map<String, Object>>) item.get("reasons")).stream().map(r -> (String) r.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reason(Map<String, Object> item, String code) {
        return ((List<Map<String, Object>>) item.get("reasons")).stream().filter(r -> code.equals(r.get("code")))
                .findFirst().orElseThrow(() -> new AssertionError("no reason " + code + " in " + item));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detail(Map<String, Object> item, String code) {
        return (Map<String, Object>) reason(item, code).get("detail");
    }
}
