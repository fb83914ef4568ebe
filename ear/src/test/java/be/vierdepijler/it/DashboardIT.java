package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /reports/dashboard}: the figures of a network against data this test creates in Westhoek (Ieper). Other
 * test classes share the server's database, so every figure is read before and after, and the difference must be
 * exactly what this test added; the same data must leave Limburg's figures unchanged.
 */
class DashboardIT extends PlacementTestSupport {

    /** The figures compared before and after, by their JSON path. */
    private static final List<String> FIGURES = List.of("newcomers.total", "newcomers.obliged", "newcomers.entitled",
            "trajectories.total", "trajectories.running", "trajectories.intake", "trajectories.active",
            "trajectories.completed", "trajectories.stopped", "trajectories.exempted", "completed.total",
            "completed.obliged", "completed.entitled", "hours.confirmed", "hours.thisMonth", "offers.published",
            "offers.places", "offers.freePlaces", "offers.withFreePlaces", "buddies.available", "buddies.freeDuos",
            "buddies.duosRunning", "buddies.registered");
    private static final String VOLUNTEERING = "{\"role\":\"onthaal\",\"insuranceConfirmed\":true}";

    private Session coordinator(String network) {
        return user("coordinator-" + network, "\"role\":\"network-coordinator\",\"networkIds\":[\"" + network + "\"]");
    }

    private JsonPath dashboard(RequestSpecification as, String network, String month) {
        RequestSpecification request = as;
        if (network != null) {
            request = request.queryParam("network", network);
        }
        if (month != null) {
            request = request.queryParam("month", month);
        }
        return request.get("/reports/dashboard").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Double> figures(JsonPath dashboard) {
        Map<String, Double> figures = new LinkedHashMap<>();
        FIGURES.forEach(f -> figures.put(f, dashboard.getDouble(f)));
        return figures;
    }

    private static Map<String, Double> difference(JsonPath before, JsonPath after) {
        Map<String, Double> before0 = figures(before);
        Map<String, Double> delta = new LinkedHashMap<>();
        figures(after).forEach((f, v) -> delta.put(f, v - before0.get(f)));
        return delta;
    }

    private static double categoryHours(JsonPath dashboard, String category, String field) {
        List<Map<String, Object>> categories = dashboard.getList("hours.byCategory");
        return categories.stream().filter(c -> category.equals(c.get("categoryId")))
                .mapToDouble(c -> ((Number) c.get(field)).doubleValue()).sum();
    }

    private long confirmed(Session counsellor, long trajectory, long placement, LocalDate day, String hours) {
        long entry = reported(counsellor, trajectory, placement, day, hours);
        as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
        return entry;
    }

    /** A newcomer of Ieper with an active trajectory of {@code target} hours. */
    private long trajectory(Session counsellor, String status, String target) {
        participates(IEPER);
        long newcomer = createNewcomer(as(counsellor), newcomer("Dash", IEPER, "running")
                .replace("\"obliged\"", "\"" + status + "\""));
        long id = as(counsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer
                        + (target == null ? "" : ",\"targetHours\":" + target + ",\"targetReason\":\"kort traject\"")
                        + "}").post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    private int freePlaces(long offer) {
        return api().get("/offers/" + offer).then().statusCode(200).extract().jsonPath().getInt("freePlaces");
    }

    @Test
    void aNetworksFiguresGrowByExactlyWhatWasAddedThereAndNowhereElse() {
        Session westhoek = coordinator("westhoek");
        Session counsellor = counsellor("westhoek");
        Session officer = user("officer-ieper", "\"role\":\"local-officer\",\"municipalityNis\":\"" + IEPER + "\"");
        Session viewer = user("viewer", "\"role\":\"viewer\"");
        YearMonth month = YearMonth.from(TODAY);
        LocalDate lastMonth = month.atDay(1).minusDays(1);

        JsonPath before = dashboard(as(westhoek), "westhoek", null);
        JsonPath beforeOwn = dashboard(as(westhoek), null, null);
        JsonPath beforeOfficer = dashboard(as(officer), null, null);
        JsonPath beforeAll = dashboard(as(viewer), null, null);
        JsonPath beforeLimburg = dashboard(api(), "limburg", null);
        JsonPath beforeLastMonth = dashboard(as(westhoek), "westhoek", lastMonth.toString().substring(0, 7));

        long organisation = organisation("Dashboard");
        long conversation = offer(organisation, "alternative", "conversation-group", 3);
        long volunteering = offer(organisation, "volunteering", "volunteering", 4);
        buddy(2);

        // An obliged newcomer, running: 3 h confirmed today, 2 h confirmed last month, 1,5 h pending.
        long running = trajectory(counsellor, "obliged", null);
        long inGroup = placeInOffer(counsellor, running, "alternative", conversation, CONVERSATION, 40)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        confirmed(counsellor, running, inGroup, TODAY, "3");
        confirmed(counsellor, running, inGroup, lastMonth, "2");
        reported(counsellor, running, inGroup, TODAY, "1.5");
        // An entitled newcomer in intake.
        long intake = openTrajectory(as(counsellor), createNewcomer(as(counsellor),
                newcomer("Intake", IEPER, "running").replace("\"obliged\"", "\"entitled\"")));
        // Two newcomers who complete a short trajectory with volunteering today: one obliged, one entitled.
        for (String status : List.of("obliged", "entitled")) {
            long done = trajectory(counsellor, status, "4");
            long placement = placeInOffer(counsellor, done, "volunteering", volunteering, VOLUNTEERING, 5)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            confirmed(counsellor, done, placement, TODAY, "4");
            as(counsellor).get("/trajectories/" + done).then().body("status", is("completed"));
        }
        as(counsellor).get("/trajectories/" + intake).then().body("status", is("intake"));
        int freeAdded = freePlaces(conversation) + freePlaces(volunteering);

        JsonPath after = dashboard(as(westhoek), "westhoek", null);
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("newcomers.total", 4.0);
        expected.put("newcomers.obliged", 2.0);
        expected.put("newcomers.entitled", 2.0);
        expected.put("trajectories.total", 4.0);
        expected.put("trajectories.running", 2.0);
        expected.put("trajectories.intake", 1.0);
        expected.put("trajectories.active", 1.0);
        expected.put("trajectories.completed", 2.0);
        expected.put("trajectories.stopped", 0.0);
        expected.put("trajectories.exempted", 0.0);
        expected.put("completed.total", 2.0);
        expected.put("completed.obliged", 1.0);
        expected.put("completed.entitled", 1.0);
        expected.put("hours.confirmed", 3.0 + 2.0 + 4.0 + 4.0);
        expected.put("hours.thisMonth", 3.0 + 4.0 + 4.0);
        expected.put("offers.published", 2.0);
        expected.put("offers.places", 7.0);
        expected.put("offers.freePlaces", (double) freeAdded);
        expected.put("offers.withFreePlaces", 2.0);
        expected.put("buddies.available", 1.0);
        expected.put("buddies.freeDuos", 2.0);
        expected.put("buddies.duosRunning", 0.0);
        expected.put("buddies.registered", 1.0);
        assertThat(difference(before, after)).isEqualTo(expected);
        assertThat(after.getString("networkId")).isEqualTo("westhoek");
        assertThat(after.getString("networkName")).isEqualTo("Westhoek");
        assertThat(after.getString("month")).isEqualTo(month.toString());

        // Hours per reporting category, with Dutch labels and shares that add up to the whole.
        assertThat(categoryHours(after, "conversation-group", "hours")
                - categoryHours(before, "conversation-group", "hours")).isEqualTo(5.0);
        assertThat(categoryHours(after, "conversation-group", "hoursThisMonth")
                - categoryHours(before, "conversation-group", "hoursThisMonth")).isEqualTo(3.0);
        assertThat(categoryHours(after, "volunteering", "hours")
                - categoryHours(before, "volunteering", "hours")).isEqualTo(8.0);
        assertThat(after.getList("hours.byCategory.label")).contains("Conversatiegroep", "Vrijwilligerswerk");
        assertThat(after.getList("hours.byCategory.typeLabel")).contains("Alternatief traject");
        List<Float> percents = after.getList("hours.byCategory.percent", Float.class);
        assertThat(percents.stream().mapToDouble(Float::doubleValue).sum()).isCloseTo(100.0,
                within(0.05 * percents.size() + 0.001));
        assertThat((double) percents.get(0)).isCloseTo(100.0 * after.getDouble("hours.byCategory[0].hours")
                / after.getDouble("hours.confirmed"), within(0.051));
        List<Float> hours = after.getList("hours.byCategory.hours", Float.class);
        assertThat(hours).isSortedAccordingTo((a, b) -> Float.compare(b, a));

        // The coordinator's whole scope is Westhoek alone; the officer of Ieper sees the same growth; a viewer counts
        // it in everything; Limburg does not move.
        assertThat(difference(beforeOwn, dashboard(as(westhoek), null, null))).isEqualTo(expected);
        JsonPath officerAfter = dashboard(as(officer), null, null);
        assertThat(difference(beforeOfficer, officerAfter)).isEqualTo(expected);
        assertThat(officerAfter.getString("municipalityNis")).isEqualTo(IEPER);
        assertThat(difference(beforeAll, dashboard(as(viewer), null, null))).isEqualTo(expected);
        assertThat(figures(dashboard(api(), "limburg", null))).isEqualTo(figures(beforeLimburg));

        // Another month: only the 2 hours worked last month count as that month's.
        JsonPath lastMonthAfter = dashboard(as(westhoek), "westhoek", lastMonth.toString().substring(0, 7));
        assertThat(lastMonthAfter.getDouble("hours.thisMonth") - beforeLastMonth.getDouble("hours.thisMonth"))
                .isEqualTo(2.0);
        assertThat(lastMonthAfter.getString("month")).isEqualTo(YearMonth.from(lastMonth).toString());

        // English labels for whoever asks for English.
        assertThat(as(westhoek).header("Accept-Language", "en").queryParam("network", "westhoek")
                .get("/reports/dashboard").then().statusCode(200).extract().jsonPath()
                .getList("hours.byCategory.label")).contains("Conversation group", "Volunteering");
    }

    @Test
    void aCoordinatorCountsOnlyTheirOwnNetworks() {
        Session limburg = coordinator("limburg");
        JsonPath own = dashboard(as(limburg), null, null);
        JsonPath limburgAsAdmin = dashboard(api(), "limburg", null);
        assertThat(figures(own)).isEqualTo(figures(limburgAsAdmin));
        assertThat(own.getString("networkId")).isNull();

        as(limburg).queryParam("network", "westhoek").get("/reports/dashboard").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        as(coordinator("westhoek")).queryParam("network", "limburg").get("/reports/dashboard").then()
                .statusCode(404).contentType(containsString("application/problem+json"));
        Session officer = user("officer-ieper", "\"role\":\"local-officer\",\"municipalityNis\":\"" + IEPER + "\"");
        dashboard(as(officer), "westhoek", null);
        as(officer).queryParam("network", "limburg").get("/reports/dashboard").then().statusCode(404);
    }

    @Test
    void aViewerSeesTheAggregatesOfEveryNetwork() {
        Session viewer = user("viewer", "\"role\":\"viewer\"");
        assertThat(figures(dashboard(as(viewer), "limburg", null))).isEqualTo(figures(dashboard(api(), "limburg",
                null)));
        assertThat(figures(dashboard(as(viewer), null, null))).isEqualTo(figures(dashboard(api(), null, null)));
        dashboard(as(viewer), null, null);
    }

    @Test
    void unknownNetworksBadMonthsAndOrganisationsAreRefused() {
        api().queryParam("network", "atlantis").get("/reports/dashboard").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        api().queryParam("month", "2026-13").get("/reports/dashboard").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("violations.field", contains("month"))
                .body("violations[0].code", is("not-a-month"));
        api().queryParam("month", "november").get("/reports/dashboard").then().statusCode(400)
                .body("violations.field", contains("month"));
        long organisation = organisation("Dashboard-contact");
        Session contact = user("contact", "\"role\":\"organisation-contact\",\"organisationId\":" + organisation);
        as(contact).get("/reports/dashboard").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        anonymous().get("/reports/dashboard").then().statusCode(401);
        api().get("/reports/dashboard").then().statusCode(200).body("networkId", nullValue());
    }
}
