package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /reports/supply-demand}: demand against offer in Waasland, against a dataset this test makes in
 * Sint-Niklaas and Temse — newcomers who wait (in intake; active without a running placement; active after their
 * placement ended) and who do not (a running placement in an offer or with a buddy, a completed and a stopped
 * trajectory); offers that count (published, open today, with free places; a full one adds nothing) and that do not (a
 * draft, a closed one, one whose period ended, one that has not begun); buddies available and not (untrained,
 * paused). Other test classes share the database, so the figures are read before and after, and the difference must
 * be exactly the dataset's; the rules that hold for any data (every gap is demand − supply, every total the sum of its
 * rows) are checked on the whole answer.
 */
class SupplyDemandIT extends PlacementTestSupport {

    private static final String NETWORK = "waasland";
    private static final String SINT_NIKLAAS = "46021";
    private static final String TEMSE = "46025";
    private static final String VOLUNTEERING = "{\"role\":\"onthaal\",\"insuranceConfirmed\":true}";
    private static final List<String> TYPES = List.of("alternative", "buddy", "internship", "volunteering");

    /** The answer before this test's data, and after it; made once for the class. */
    private static JsonPath before;
    private static JsonPath after;
    private static Map<String, Long> offers = new LinkedHashMap<>();

    private static String newcomerJson(String firstName, String nis, String level, String interests) {
        return "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Vraag" + unique() + "\",\"email\":\"n@example.org\","
                + "\"integrationStatus\":\"obliged\",\"municipalityNis\":\"" + nis + "\","
                + (level == null ? "" : "\"dutchLevel\":\"" + level + "\",")
                + "\"languages\":[\"ar\",\"nl\"],\"interests\":[" + interests + "],"
                + "\"availability\":[\"wed-afternoon\"],\"referralChannel\":\"agency\","
                + "\"integrationContractDate\":\"2025-01-15\",\"integrationProgress\":\"running\","
                + "\"consents\":{\"matching\":true}}";
    }

    /** A newcomer with a trajectory in intake; the trajectory's id. */
    private long inIntake(Session counsellor, String nis, String level, String interests) {
        return openTrajectory(as(counsellor), createNewcomer(as(counsellor), newcomerJson("Wacht", nis, level,
                interests)));
    }

    /** A newcomer with an active trajectory (target {@code target} hours, null for the default); its id. */
    private long active(Session counsellor, String nis, String level, String interests, String target) {
        long newcomer = createNewcomer(as(counsellor), newcomerJson("Actief", nis, level, interests));
        long id = as(counsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer
                        + (target == null ? "" : ",\"targetHours\":" + target + ",\"targetReason\":\"kort traject\"")
                        + "}").post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        transition(counsellor, id, "active");
        return id;
    }

    private void transition(Session counsellor, long trajectory, String to) {
        as(counsellor).contentType("application/json").body("{\"to\":\"" + to + "\""
                        + (to.equals("active") ? "" : ",\"reason\":\"verhuisd naar het buitenland\"") + "}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);
    }

    private long organisationIn(String nis) {
        return api().contentType("application/json").body("{\"name\":\"Vraag-aanbod " + unique()
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + nis
                        + "\",\"contacts\":[{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}]}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An offer of the organisation in the municipality; {@code from}/{@code until} null for an open period. */
    private long offerIn(long organisation, String nis, String type, String category, int capacity, String status,
                       Object from, Object until) {
        return api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"" + type + "\",\"reportingCategory\":\"" + category
                        + "\",\"title\":\"Aanbod " + type + " " + unique() + "\",\"municipalityNis\":\"" + nis
                        + "\",\"requiredLevel\":\"A1\",\"capacity\":" + capacity + ",\"status\":\"" + status + "\","
                        + (from == null ? "" : "\"activeFrom\":\"" + from + "\",")
                        + (until == null ? "" : "\"activeUntil\":\"" + until + "\",")
                        + "\"contact\":{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A buddy of the municipality; screening, training, status and capacity as given. */
    private long buddyIn(String nis, String training, String status, int capacity) {
        return api().contentType("application/json").body("{\"firstName\":\"Bart\",\"lastName\":\"Buddy" + unique()
                        + "\",\"email\":\"bart@example.org\",\"municipalityNis\":\"" + nis
                        + "\",\"languages\":[\"nl\",\"ar\"],\"screening\":\"screened\",\"training\":\"" + training
                        + "\"," + (training.equals("trained") ? "\"trainedOn\":\"2025-01-01\"," : "")
                        + "\"capacity\":" + capacity + ",\"status\":\"" + status + "\",\"consents\":{\"matching\":true}}")
                .post("/buddies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private int freePlaces(long offer) {
        return api().get("/offers/" + offer).then().statusCode(200).extract().jsonPath().getInt("freePlaces");
    }

    private static JsonPath report(RequestSpecification as, String network) {
        return as.queryParam("network", network).get("/reports/supply-demand").then().statusCode(200)
                .contentType(containsString("application/json")).extract().jsonPath();
    }

    /** The rows of an answer by "nis/type", each as [demand, supply]. */
    private static Map<String, long[]> rows(JsonPath report) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        List<Map<String, Object>> list = report.getList("rows");
        list.forEach(r -> rows.put(r.get("municipalityNis") + "/" + r.get("typeId"), new long[] {
            ((Number) r.get("demand")).longValue(), ((Number) r.get("supply")).longValue()}));
        return rows;
    }

    /** What this test added to a row: [demand, supply]. */
    private static long[] added(String nis, String type) {
        long[] was = rows(before).getOrDefault(nis + "/" + type, new long[2]);
        long[] is = rows(after).get(nis + "/" + type);
        assertThat(is).as("row %s/%s", nis, type).isNotNull();
        return new long[] {is[0] - was[0], is[1] - was[1]};
    }

    private static Map<String, Object> municipality(JsonPath report, String nis) {
        List<Map<String, Object>> list = report.getList("municipalities");
        return list.stream().filter(m -> nis.equals(m.get("municipalityNis"))).findFirst().orElseThrow();
    }

    private static long count(Map<String, Object> municipality, String list, String key, String code) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) municipality.get(list);
        return items.stream().filter(i -> code.equals(i.get(key))).mapToLong(i -> ((Number) i.get("newcomers"))
                .longValue()).sum();
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    @BeforeEach
    void theDatasetOnce() {
        if (after != null) {
            return;
        }
        participates(SINT_NIKLAAS);
        participates(TEMSE);
        before = report(api(), NETWORK);
        Session counsellor = counsellor(NETWORK);

        long organisation = organisationIn(SINT_NIKLAAS);
        // Offers that count: published and open today.
        offers.put("volunteering-open", offerIn(organisation, SINT_NIKLAAS, "volunteering", "volunteering", 4,
                "published", null, null));
        offers.put("volunteering-full", offerIn(organisation, SINT_NIKLAAS, "volunteering", "volunteering", 1,
                "published", TODAY.minusMonths(1), TODAY.plusMonths(1)));
        offers.put("alternative-open", offerIn(organisation, SINT_NIKLAAS, "alternative", "conversation-group", 2,
                "published", TODAY, TODAY));
        offers.put("internship-open", offerIn(organisation, SINT_NIKLAAS, "internship", "internship", 1, "published",
                TODAY.minusYears(1), null));
        // Offers that do not: a draft, a closed one, a period that ended yesterday, one that begins tomorrow.
        offerIn(organisation, SINT_NIKLAAS, "alternative", "conversation-group", 5, "draft", null, null);
        offerIn(organisation, SINT_NIKLAAS, "alternative", "conversation-group", 5, "closed", null, null);
        offerIn(organisation, SINT_NIKLAAS, "internship", "internship", 5, "published", TODAY.minusMonths(2),
                TODAY.minusDays(1));
        offerIn(organisation, SINT_NIKLAAS, "volunteering", "volunteering", 5, "published", TODAY.plusDays(1), null);

        // Buddies: two available (one with a duo running), one untrained, one paused; one available in Temse.
        long available = buddyIn(SINT_NIKLAAS, "trained", "active", 2);
        long withADuo = buddyIn(SINT_NIKLAAS, "trained", "active", 3);
        buddyIn(SINT_NIKLAAS, "not-trained", "active", 2);
        buddyIn(SINT_NIKLAAS, "trained", "paused", 2);
        buddyIn(TEMSE, "trained", "active", 1);
        assertThat(available).isPositive();

        // Waiting in Sint-Niklaas: A2 in intake, A1 active without a placement, B1 active whose placement ended,
        // A0 in intake, and one whose level nobody assessed, in intake.
        inIntake(counsellor, SINT_NIKLAAS, "A2", "\"cooking\",\"sport\"");
        active(counsellor, SINT_NIKLAAS, "A1", "\"music\"", null);
        long ended = active(counsellor, SINT_NIKLAAS, "B1", "\"cooking\"", null);
        long endedPlacement = placeInOffer(counsellor, ended, "volunteering", offers.get("volunteering-open"),
                VOLUNTEERING, 5).then().statusCode(201).extract().jsonPath().getLong("id");
        as(counsellor).contentType("application/json").body("{\"endDate\":\"" + TODAY + "\"}")
                .post("/trajectories/" + ended + "/placements/" + endedPlacement + "/end").then().statusCode(200);
        inIntake(counsellor, SINT_NIKLAAS, "A0", "");
        inIntake(counsellor, SINT_NIKLAAS, null, "\"sport\"");

        // Not waiting: a running placement in the full offer, a running duo, a completed and a stopped trajectory.
        long placed = active(counsellor, SINT_NIKLAAS, "A2", "\"music\"", null);
        placeInOffer(counsellor, placed, "volunteering", offers.get("volunteering-full"), VOLUNTEERING, 5)
                .then().statusCode(201);
        long inDuo = active(counsellor, SINT_NIKLAAS, "A2", "\"music\"", null);
        placeWithBuddy(counsellor, inDuo, withADuo, 5);
        long completed = active(counsellor, SINT_NIKLAAS, "B2", "\"music\"", "4");
        long group = placeInOffer(counsellor, completed, "alternative", offers.get("alternative-open"), CONVERSATION,
                0).then().statusCode(201).extract().jsonPath().getLong("id");
        long entry = reported(counsellor, completed, group, TODAY, "4");
        as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + completed + "/hours/" + entry + "/decision").then().statusCode(200);
        as(counsellor).get("/trajectories/" + completed).then().body("status", is("completed"));
        long stopped = active(counsellor, SINT_NIKLAAS, "B2", "\"music\"", null);
        transition(counsellor, stopped, "stopped");

        // Waiting in Temse: A1 in intake; Temse has a buddy but no offer.
        inIntake(counsellor, TEMSE, "A1", "\"nature\"");

        after = report(api(), NETWORK);
    }

    @Test
    void theFiguresGrowByExactlyTheDatasetsDemandAndOffer() {
        // Demand: a type counts the newcomers waiting whose Dutch reaches its minimum (alternative A0, buddy and
        // volunteering A1, internship A2); the A0 newcomer and the one without a level count for the alternative
        // trajectory only.
        assertThat(added(SINT_NIKLAAS, "alternative")[0]).isEqualTo(5);
        assertThat(added(SINT_NIKLAAS, "buddy")[0]).isEqualTo(3);
        assertThat(added(SINT_NIKLAAS, "volunteering")[0]).isEqualTo(3);
        assertThat(added(SINT_NIKLAAS, "internship")[0]).isEqualTo(2);
        assertThat(added(TEMSE, "alternative")[0]).isEqualTo(1);
        assertThat(added(TEMSE, "buddy")[0]).isEqualTo(1);
        assertThat(added(TEMSE, "volunteering")[0]).isEqualTo(1);
        assertThat(added(TEMSE, "internship")[0]).isZero();

        // Supply: free places of the open offers of the type; the buddy type's are the available buddies' free duos
        // (2 + 3 − 1 running; the untrained and the paused buddy add nothing).
        assertThat(freePlaces(offers.get("volunteering-full"))).isZero();
        assertThat(freePlaces(offers.get("volunteering-open"))).isEqualTo(4);
        assertThat(added(SINT_NIKLAAS, "volunteering")[1]).isEqualTo(4);
        assertThat(added(SINT_NIKLAAS, "alternative")[1]).isEqualTo(freePlaces(offers.get("alternative-open")))
                .isEqualTo(2);
        assertThat(added(SINT_NIKLAAS, "internship")[1]).isEqualTo(1);
        assertThat(added(SINT_NIKLAAS, "buddy")[1]).isEqualTo(4);
        assertThat(added(TEMSE, "buddy")[1]).isEqualTo(1);
        for (String type : List.of("alternative", "internship", "volunteering")) {
            assertThat(added(TEMSE, type)[1]).as(type).isZero();
        }

        // Who waits in Sint-Niklaas: five newcomers, by level and by interest.
        Map<String, Object> sn = municipality(after, SINT_NIKLAAS);
        Map<String, Object> snBefore = municipality(before, SINT_NIKLAAS);
        assertThat(sn.get("name")).isEqualTo("Sint-Niklaas");
        assertThat(number(sn, "waiting") - number(snBefore, "waiting")).isEqualTo(5);
        for (String level : List.of("A0", "A1", "A2", "B1")) {
            assertThat(count(sn, "byDutchLevel", "level", level) - count(snBefore, "byDutchLevel", "level", level))
                    .as(level).isEqualTo(1);
        }
        for (String level : List.of("B2", "C1", "C2")) {
            assertThat(count(sn, "byDutchLevel", "level", level) - count(snBefore, "byDutchLevel", "level", level))
                    .as(level).isZero();
        }
        assertThat(number(sn, "dutchLevelUnknown") - number(snBefore, "dutchLevelUnknown")).isEqualTo(1);
        assertThat(count(sn, "byInterest", "interest", "cooking") - count(snBefore, "byInterest", "interest",
                "cooking")).isEqualTo(2);
        assertThat(count(sn, "byInterest", "interest", "sport") - count(snBefore, "byInterest", "interest", "sport"))
                .isEqualTo(2);
        assertThat(count(sn, "byInterest", "interest", "music") - count(snBefore, "byInterest", "interest", "music"))
                .isEqualTo(1);
        Map<String, Object> te = municipality(after, TEMSE);
        assertThat(number(te, "waiting") - number(municipality(before, TEMSE), "waiting")).isEqualTo(1);

        // The network's totals grew by the same.
        assertThat(after.getLong("total.waiting") - before.getLong("total.waiting")).isEqualTo(6);
        assertThat(after.getLong("total.demand") - before.getLong("total.demand")).isEqualTo(5 + 3 + 3 + 2 + 3);
        assertThat(after.getLong("total.supply") - before.getLong("total.supply")).isEqualTo(4 + 2 + 1 + 4 + 1);
    }

    @Test
    void everyRowIsItsMunicipalityAndTypeAndEveryTotalTheSumOfItsRows() {
        assertThat(after.getString("networkId")).isEqualTo(NETWORK);
        assertThat(after.getString("networkName")).isEqualTo("Waasland");
        assertThat(after.getString("municipalityNis")).isNull();
        assertThat(after.getString("date")).isEqualTo(TODAY.toString());
        // Every type of the registry, and every municipality of the network, each with every type.
        assertThat(after.getList("types.typeId", String.class)).containsExactlyElementsOf(TYPES);
        assertThat(after.getList("types.placedWith", String.class)).containsExactly("offer", "buddy", "offer",
                "offer");
        assertThat(after.getList("types.minimumDutchLevel", String.class)).containsExactly("A0", "A1", "A2", "A1");
        List<String> municipalities = after.getList("municipalities.municipalityNis", String.class);
        assertThat(municipalities).hasSize(7).contains(SINT_NIKLAAS, TEMSE);
        assertThat(after.getList("municipalities.name", String.class)).isSortedAccordingTo(
                java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl-BE")));
        assertThat(after.getList("rows")).hasSize(7 * TYPES.size());
        assertThat(after.getList("rows.typeLabel", String.class)).contains("Buddywerking", "Vrijwilligerswerk");

        List<Map<String, Object>> rows = after.getList("rows");
        long demand = 0;
        long supply = 0;
        for (Map<String, Object> row : rows) {
            assertThat(number(row, "gap")).isEqualTo(number(row, "demand") - number(row, "supply"));
            assertThat(row.get("demandExceedsSupply")).isEqualTo(number(row, "demand") > number(row, "supply"));
            demand += number(row, "demand");
            supply += number(row, "supply");
        }
        assertThat(after.getLong("total.demand")).isEqualTo(demand);
        assertThat(after.getLong("total.supply")).isEqualTo(supply);
        assertThat(after.getLong("total.gap")).isEqualTo(demand - supply);
        assertThat(after.getBoolean("total.demandExceedsSupply")).isEqualTo(demand > supply);
        for (String nis : municipalities) {
            Map<String, Object> m = municipality(after, nis);
            assertThat(number(m, "demand")).as(nis).isEqualTo(rows.stream().filter(r -> nis.equals(
                    r.get("municipalityNis"))).mapToLong(r -> number(r, "demand")).sum());
            assertThat(number(m, "supply")).as(nis).isEqualTo(rows.stream().filter(r -> nis.equals(
                    r.get("municipalityNis"))).mapToLong(r -> number(r, "supply")).sum());
            assertThat(number(m, "gap")).isEqualTo(number(m, "demand") - number(m, "supply"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> levels = (List<Map<String, Object>>) m.get("byDutchLevel");
            assertThat(levels).extracting(l -> l.get("level")).containsExactly("A0", "A1", "A2", "B1", "B2", "C1",
                    "C2");
            assertThat(levels.stream().mapToLong(l -> number(l, "newcomers")).sum() + number(m, "dutchLevelUnknown"))
                    .isEqualTo(number(m, "waiting"));
            assertThat(rows.stream().filter(r -> nis.equals(r.get("municipalityNis"))).map(r -> r.get(
                    "municipalityName"))).containsOnly(m.get("name"));
        }
        assertThat(after.getLong("total.waiting")).isEqualTo(after.getList("municipalities", Map.class).stream()
                .mapToLong(m -> ((Number) m.get("waiting")).longValue()).sum());
        List<Map<String, Object>> types = after.getList("types");
        for (Map<String, Object> type : types) {
            assertThat(number(type, "demand")).isEqualTo(rows.stream().filter(r -> type.get("typeId").equals(
                    r.get("typeId"))).mapToLong(r -> number(r, "demand")).sum());
            assertThat(number(type, "supply")).isEqualTo(rows.stream().filter(r -> type.get("typeId").equals(
                    r.get("typeId"))).mapToLong(r -> number(r, "supply")).sum());
        }
        // Temse has demand and no offer: its alternative trajectory row shows the gap.
        Map<String, Object> temseAlternative = rows.stream().filter(r -> TEMSE.equals(r.get("municipalityNis"))
                && "alternative".equals(r.get("typeId"))).findFirst().orElseThrow();
        assertThat(temseAlternative.get("demandExceedsSupply")).isEqualTo(true);
    }

    @Test
    void theCsvHasTheSameRowsForExcelInFlanders() throws IOException {
        Response csv = api().queryParam("network", NETWORK).queryParam("format", "csv")
                .get("/reports/supply-demand");
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"vraag-aanbod-waasland.csv\""));
        byte[] bytes = csv.asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.substring(1, text.indexOf('\r'))).isEqualTo("NIS-code;Gemeente;Trajecttype;Naam trajecttype;"
                + "Plaatsing in;Vraag (wachtende inburgeraars);Aanbod (vrije plaatsen of duo's);"
                + "Verschil (vraag - aanbod);Vraag groter dan aanbod");

        JsonPath json = report(api(), NETWORK);
        List<List<String>> expected = new ArrayList<>();
        List<Map<String, Object>> rows = json.getList("rows");
        rows.forEach(r -> expected.add(List.of((String) r.get("municipalityNis"), (String) r.get("municipalityName"),
                (String) r.get("typeId"), (String) r.get("typeLabel"),
                "buddy".equals(r.get("placedWith")) ? "buddy" : "aanbod", r.get("demand").toString(),
                r.get("supply").toString(), r.get("gap").toString(),
                Boolean.TRUE.equals(r.get("demandExceedsSupply")) ? "ja" : "nee")));
        assertThat(read(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)))
                .isEqualTo(expected);

        // Accept: text/csv asks for the same file; Sint-Niklaas with its accented neighbours survives the BOM.
        Response accepted = api().accept("text/csv").queryParam("network", NETWORK).get("/reports/supply-demand");
        accepted.then().statusCode(200).contentType(containsString("text/csv"));
        assertThat(read(new StringReader(new String(accepted.asByteArray(), StandardCharsets.UTF_8))))
                .isEqualTo(expected);
    }

    /** The records of a CSV file as the header names them, its byte order mark skipped. */
    private static List<List<String>> read(Reader reader) throws IOException {
        Reader unmarked = new java.io.PushbackReader(reader, 1);
        int first = unmarked.read();
        if (first != '\uFEFF') {
            ((java.io.PushbackReader) unmarked).unread(first);
        }
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(unmarked, format)) {
            assertThat(parser.getHeaderNames()).hasSize(9).first().isEqualTo("NIS-code");
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        return records;
    }

    @Test
    void eachRoleCountsOnlyWhatItMay() {
        Map<String, long[]> all = rows(report(api(), NETWORK));
        // Coordinators and counsellors of the network, and viewers, count the same as an administrator.
        Session coordinator = user("coordinator-waasland", "\"role\":\"network-coordinator\",\"networkIds\":[\""
                + NETWORK + "\"]");
        assertThat(rows(report(as(coordinator), NETWORK))).usingRecursiveComparison().isEqualTo(all);
        assertThat(rows(report(as(counsellor(NETWORK)), NETWORK))).usingRecursiveComparison().isEqualTo(all);
        assertThat(rows(report(as(user("viewer", "\"role\":\"viewer\"")), NETWORK))).usingRecursiveComparison()
                .isEqualTo(all);

        // Another network's coordinator and counsellor: not found, as on the dashboard.
        Session westhoek = user("coordinator-westhoek", "\"role\":\"network-coordinator\",\"networkIds\":"
                + "[\"westhoek\"]");
        as(westhoek).queryParam("network", NETWORK).get("/reports/supply-demand").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        as(counsellor("westhoek")).queryParam("network", NETWORK).get("/reports/supply-demand").then()
                .statusCode(404);
        report(as(westhoek), "westhoek");

        // A local officer: their municipality only, within their own network.
        Session officer = user("officer-temse", "\"role\":\"local-officer\",\"municipalityNis\":\"" + TEMSE + "\"");
        JsonPath own = report(as(officer), NETWORK);
        assertThat(own.getString("municipalityNis")).isEqualTo(TEMSE);
        assertThat(own.getList("municipalities.municipalityNis")).containsExactly(TEMSE);
        assertThat(own.getList("rows.municipalityNis")).hasSize(TYPES.size()).containsOnly(TEMSE);
        Map<String, long[]> temse = new LinkedHashMap<>(all);
        temse.keySet().removeIf(k -> !k.startsWith(TEMSE + "/"));
        assertThat(rows(own)).usingRecursiveComparison().isEqualTo(temse);
        as(officer).queryParam("network", "westhoek").get("/reports/supply-demand").then().statusCode(404);
        as(officer).queryParam("network", NETWORK).queryParam("format", "csv").get("/reports/supply-demand").then()
                .statusCode(200).contentType(containsString("text/csv"));

        // An organisation's contact counts nothing; nobody signed in gets nothing.
        long organisation = organisationIn(SINT_NIKLAAS);
        Session contact = user("contact", "\"role\":\"organisation-contact\",\"organisationId\":" + organisation);
        as(contact).queryParam("network", NETWORK).get("/reports/supply-demand").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        as(contact).queryParam("network", NETWORK).queryParam("format", "csv").get("/reports/supply-demand").then()
                .statusCode(403);
        anonymous().queryParam("network", NETWORK).get("/reports/supply-demand").then().statusCode(401);
    }

    @Test
    void aNetworkIsRequiredAndMustExist() {
        api().get("/reports/supply-demand").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", contains("network")).body("violations[0].code", is("required"));
        api().queryParam("network", " ").get("/reports/supply-demand").then().statusCode(400)
                .body("violations.field", contains("network"));
        api().queryParam("network", "atlantis").get("/reports/supply-demand").then().statusCode(400)
                .body("violations.field", contains("network")).body("violations[0].code", is("unknown-network"));
        api().accept("text/csv").get("/reports/supply-demand").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("violations.field", contains("network"));
        api().queryParam("network", NETWORK).queryParam("format", "xlsx").get("/reports/supply-demand").then()
                .statusCode(400).body("violations.field", contains("format"))
                .body("violations[0].code", is("unknown-format"));
    }
}
