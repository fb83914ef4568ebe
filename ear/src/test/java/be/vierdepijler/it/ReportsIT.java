package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The reports parliament asks for ({@code /reports/completions}, {@code hours-by-category}, {@code trends},
 * {@code buddies}) against data this test creates: other test classes share the database, so figures are compared
 * before and after, and the difference must be exactly what this test added — in Westhoek, and nowhere else (Limburg
 * gets its own trajectory, which Westhoek's coordinator never counts). The figures add up, the downloads equal the
 * JSON, and a viewer never sees a small count.
 */
class ReportsIT extends PlacementTestSupport {

    private static final String AALST = "41002";
    private static final String VOLUNTEERING = "{\"role\":\"onthaal\",\"insuranceConfirmed\":true}";
    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Session coordinator(String network) {
        return user("coordinator-" + network, "\"role\":\"network-coordinator\",\"networkIds\":[\"" + network + "\"]");
    }

    private static JsonPath report(RequestSpecification as, String report, Map<String, String> query) {
        return as.queryParams(query).get("/reports/" + report).then().statusCode(200)
                .contentType(containsString("application/json")).extract().jsonPath().using(DECIMALS);
    }

    private static Map<String, String> query(String... pairs) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            q.put(pairs[i], pairs[i + 1]);
        }
        return q;
    }

    /** The row of a table whose first column is {@code name}; an empty map when there is none. */
    private static Map<String, Object> row(JsonPath report, String table, String name) {
        List<Map<String, Object>> rows = report.getList("tables.find { it.key == '" + table + "' }.rows");
        return rows.stream().filter(r -> name.equals(r.values().iterator().next())).findFirst().orElse(Map.of());
    }

    private static Map<String, Object> totals(JsonPath report, String table) {
        return report.getMap("tables.find { it.key == '" + table + "' }.totals");
    }

    private static BigDecimal number(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? BigDecimal.ZERO : new BigDecimal(v.toString());
    }

    private static Map<String, BigDecimal> difference(Map<String, Object> before, Map<String, Object> after,
                                                      List<String> keys) {
        Map<String, BigDecimal> d = new LinkedHashMap<>();
        keys.forEach(k -> d.put(k, number(after, k).subtract(number(before, k))));
        return d;
    }

    private static Map<String, BigDecimal> figures(long... values) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < COMPLETION_KEYS.size(); i++) {
            m.put(COMPLETION_KEYS.get(i), BigDecimal.valueOf(values[i]));
        }
        return m;
    }

    private static final List<String> COMPLETION_KEYS = List.of("completedObliged", "completedEntitled", "completed",
            "runningObliged", "runningEntitled", "running");

    private long confirmed(Session counsellor, long trajectory, long placement, LocalDate day, String hours) {
        long entry = reported(counsellor, trajectory, placement, day, hours);
        as(counsellor).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
        return entry;
    }

    /** A newcomer of {@code nis} with an open trajectory of {@code target} hours (null: 40), active unless intake. */
    private long trajectory(Session counsellor, String nis, String status, String target, boolean activate) {
        participates(nis);
        long newcomer = createNewcomer(as(counsellor), newcomer("Rapport", nis, "running")
                .replace("\"obliged\"", "\"" + status + "\""));
        long id = as(counsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer
                        + (target == null ? "" : ",\"targetHours\":" + target + ",\"targetReason\":\"kort traject\"")
                        + "}").post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
        if (activate) {
            as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                    .post("/trajectories/" + id + "/transitions").then().statusCode(200);
        }
        return id;
    }

    /** A published offer in {@code nis} with a contact person. */
    private long offerIn(String nis, String type, String category) {
        long organisation = new TestData(this::api).organisation(nis);
        return api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"" + type + "\",\"reportingCategory\":\"" + category
                        + "\",\"title\":\"Rapportaanbod " + unique() + "\",\"municipalityNis\":\"" + nis
                        + "\",\"requiredLevel\":\"A1\",\"capacity\":5,\"status\":\"published\","
                        + "\"contact\":{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A trajectory of 4 hours that completes today with 4 confirmed hours of volunteering. */
    private void completedToday(Session counsellor, String nis, String status, long volunteering) {
        long done = trajectory(counsellor, nis, status, "4", true);
        long placement = placeInOffer(counsellor, done, "volunteering", volunteering, VOLUNTEERING, 5)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        confirmed(counsellor, done, placement, TODAY, "4");
        as(counsellor).get("/trajectories/" + done).then().body("status", org.hamcrest.Matchers.is("completed"));
    }

    @Test
    void completionsAreSplitObligedEntitledBesideThoseRunningAddUpAndStayInTheirNetwork() {
        Session westhoek = coordinator("westhoek");
        Session counsellor = counsellor("westhoek");
        Session limburgCounsellor = counsellor("limburg");
        Map<String, String> all = query();
        JsonPath before = report(api(), "completions", all);
        JsonPath beforeOwn = report(as(westhoek), "completions", all);

        long volunteering = offerIn(IEPER, "volunteering", "volunteering");
        completedToday(counsellor, IEPER, "obliged", volunteering);
        completedToday(counsellor, IEPER, "entitled", volunteering);
        trajectory(counsellor, IEPER, "obliged", null, true);    // running: active
        trajectory(counsellor, IEPER, "entitled", null, false);  // running: intake
        completedToday(limburgCounsellor, GENK, "obliged", offerIn(GENK, "volunteering", "volunteering"));

        JsonPath after = report(api(), "completions", all);
        assertThat(difference(row(before, "completions", "Westhoek"), row(after, "completions", "Westhoek"),
                COMPLETION_KEYS)).isEqualTo(figures(1, 1, 2, 1, 1, 2));
        assertThat(difference(row(before, "completions", "Limburg"), row(after, "completions", "Limburg"),
                COMPLETION_KEYS)).isEqualTo(figures(1, 0, 1, 0, 0, 0));
        assertThat(difference(totals(before, "completions"), totals(after, "completions"), COMPLETION_KEYS))
                .isEqualTo(figures(2, 1, 3, 1, 1, 2));

        // Every row adds up: obliged + entitled = total; and the totals row is the sum of the rows.
        List<Map<String, Object>> rows = after.getList("tables[0].rows");
        assertThat(rows).hasSize(18);
        for (Map<String, Object> r : rows) {
            assertThat(number(r, "completedObliged").add(number(r, "completedEntitled"))).isEqualTo(number(r, "completed"));
            assertThat(number(r, "runningObliged").add(number(r, "runningEntitled"))).isEqualTo(number(r, "running"));
        }
        for (String key : COMPLETION_KEYS) {
            assertThat(rows.stream().map(r -> number(r, key)).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualTo(number(totals(after, "completions"), key));
        }
        assertThat(after.getList("tables[0].columns.label", String.class)).contains("Voltooid verplicht",
                "Voltooid rechthebbend", "Voltooid totaal", "Lopend totaal");

        // Westhoek's coordinator counts Westhoek alone: Limburg's completion is not theirs, and Limburg is a 404.
        JsonPath own = report(as(westhoek), "completions", all);
        assertThat(own.getList("tables[0].rows.network")).containsExactly("Westhoek");
        assertThat(difference(totals(beforeOwn, "completions"), totals(own, "completions"), COMPLETION_KEYS))
                .isEqualTo(figures(1, 1, 2, 1, 1, 2));
        as(westhoek).queryParam("network", "limburg").get("/reports/completions").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        Session officer = user("officer-ieper", "\"role\":\"local-officer\",\"municipalityNis\":\"" + IEPER + "\"");
        JsonPath officers = report(as(officer), "completions", all);
        assertThat(officers.getList("tables[0].rows.network")).containsExactly("Westhoek");
        assertThat(officers.getList("parameters.name")).contains("Gemeente");

        // A period before today: today's completions are not in it, and nobody was running before they started.
        LocalDate yesterday = TODAY.minusDays(1);
        JsonPath untilYesterday = report(api(), "completions", query("network", "westhoek", "to",
                yesterday.toString()));
        JsonPath untilToday = report(api(), "completions", query("network", "westhoek", "to", TODAY.toString()));
        assertThat(number(totals(untilToday, "completions"), "completed")
                .subtract(number(totals(untilYesterday, "completions"), "completed")))
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(2));
    }

    @Test
    void hoursPerCategoryShareExactlyOneHundredAndTheTrendsMonthsAddUpToThePeriod() {
        Session counsellor = counsellor("westhoek");
        LocalDate lastMonth = YearMonth.from(TODAY).atDay(1).minusDays(1);
        String from = YearMonth.from(lastMonth).atDay(1).toString();
        Map<String, String> period = query("network", "westhoek", "from", from, "to", TODAY.toString());
        JsonPath before = report(api(), "hours-by-category", period);

        long conversation = offerIn(IEPER, "alternative", "conversation-group");
        long running = trajectory(counsellor, IEPER, "obliged", null, true);
        long inGroup = placeInOffer(counsellor, running, "alternative", conversation, CONVERSATION, 40)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        confirmed(counsellor, running, inGroup, TODAY, "3");
        confirmed(counsellor, running, inGroup, lastMonth, "2");
        reported(counsellor, running, inGroup, TODAY, "1.5"); // pending: never counted
        completedToday(counsellor, IEPER, "obliged", offerIn(IEPER, "volunteering", "volunteering"));

        JsonPath after = report(api(), "hours-by-category", period);
        assertThat(number(row(after, "hours", "Conversatiegroep"), "hours")
                .subtract(number(row(before, "hours", "Conversatiegroep"), "hours"))).isEqualByComparingTo("5");
        assertThat(number(row(after, "hours", "Vrijwilligerswerk"), "hours")
                .subtract(number(row(before, "hours", "Vrijwilligerswerk"), "hours"))).isEqualByComparingTo("4");
        assertThat(row(after, "hours", "Conversatiegroep").get("type")).isEqualTo("Alternatief traject");
        List<Map<String, Object>> rows = after.getList("tables[0].rows");
        BigDecimal percent = rows.stream().map(r -> number(r, "percent")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(percent).isEqualByComparingTo("100.0");
        assertThat(number(totals(after, "hours"), "percent")).isEqualByComparingTo("100.0");
        BigDecimal hours = rows.stream().map(r -> number(r, "hours")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(number(totals(after, "hours"), "hours")).isEqualByComparingTo(hours);
        assertThat(rows.stream().map(r -> number(r, "hours")).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // The trend's months add up to the same figures over the same 24 months.
        JsonPath trends = report(api(), "trends", query("network", "westhoek"));
        List<String> months = trends.getList("tables[0].columns.key", String.class).subList(1, 25);
        YearMonth first = YearMonth.from(TODAY).minusMonths(23);
        assertThat(months.get(0)).isEqualTo(first.toString());
        assertThat(months.get(23)).isEqualTo(YearMonth.from(TODAY).toString());
        Map<String, String> twoYears = query("network", "westhoek", "from", first.atDay(1).toString(), "to",
                TODAY.toString());
        Map<String, Object> completedPerMonth = row(trends, "completions", "Westhoek");
        BigDecimal monthSum = months.stream().map(m -> number(completedPerMonth, m)).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(monthSum).isEqualTo(number(completedPerMonth, "total"));
        assertThat(monthSum).isEqualTo(number(totals(report(api(), "completions", twoYears), "completions"),
                "completed"));
        Map<String, Object> hoursPerMonth = row(trends, "hours", "Westhoek");
        BigDecimal hourSum = months.stream().map(m -> number(hoursPerMonth, m)).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(hourSum).isEqualByComparingTo(number(hoursPerMonth, "total"));
        assertThat(hourSum).isEqualByComparingTo(number(totals(report(api(), "hours-by-category", twoYears), "hours"),
                "hours"));
        assertThat(number(hoursPerMonth, YearMonth.from(lastMonth).toString())).isGreaterThanOrEqualTo(
                BigDecimal.valueOf(2));

        // The downloads hold exactly the JSON's figures: CSV of one table, XLSX of all.
        for (String report : List.of("hours-by-category", "completions", "trends")) {
            Map<String, String> q = report.equals("trends") ? query("network", "westhoek") : period;
            JsonPath json = report(api(), report, q);
            byte[] csv = api().queryParams(q).queryParam("format", "csv").get("/reports/" + report).then()
                    .statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
            assertCsvEqualsTable(csv, json, 0);
            byte[] hoursCsv = api().queryParams(q).accept("text/csv").queryParam("table",
                    json.getString("tables[-1].key")).get("/reports/" + report).then().statusCode(200)
                    .extract().asByteArray();
            assertCsvEqualsTable(hoursCsv, json, json.getList("tables").size() - 1);
            Response xlsx = api().queryParams(q).queryParam("format", "xlsx").get("/reports/" + report);
            xlsx.then().statusCode(200).header("Content-Disposition", containsString(report + ".xlsx"));
            assertXlsxEqualsTables(xlsx.asByteArray(), json);
        }
    }

    @Test
    void buddiesAreCountedPerProvinceAndNetworkWithTheirProfileButOnlyThoseWhoTakePart() {
        Session westhoek = coordinator("westhoek");
        JsonPath before = report(as(westhoek), "buddies", query());
        for (String status : List.of("active", "active", "paused")) {
            api().contentType("application/json").body("{\"firstName\":\"Rapport\",\"lastName\":\"Buddy" + unique()
                            + "\",\"email\":\"b@example.org\",\"municipalityNis\":\"" + IEPER + "\","
                            + "\"languages\":[\"nl\",\"ti\"],\"interests\":[\"gardening\"],"
                            + "\"availability\":[\"sat-morning\"],\"screening\":\"screened\",\"training\":\"trained\","
                            + "\"trainedOn\":\"2025-01-01\",\"capacity\":1,\"status\":\"" + status + "\","
                            + "\"consents\":{\"matching\":true}}")
                    .post("/buddies").then().statusCode(201);
        }
        JsonPath after = report(as(westhoek), "buddies", query());
        List<String> split = List.of("buddies", "mayBeMatched", "notYet");
        Map<String, BigDecimal> two = Map.of("buddies", BigDecimal.valueOf(2), "mayBeMatched", BigDecimal.valueOf(2),
                "notYet", BigDecimal.ZERO);
        assertThat(difference(row(before, "provinces", "West-Vlaanderen"), row(after, "provinces", "West-Vlaanderen"),
                split)).isEqualTo(two);
        assertThat(difference(row(before, "networks", "Westhoek"), row(after, "networks", "Westhoek"), split))
                .isEqualTo(two);
        assertThat(after.getList("tables.find { it.key == 'networks' }.rows.network")).containsExactly("Westhoek");
        assertThat(number(row(after, "languages", "Tigrinya"), "buddies")
                .subtract(number(row(before, "languages", "Tigrinya"), "buddies"))).isEqualTo(BigDecimal.valueOf(2));
        assertThat(number(row(after, "interests", "Tuinieren"), "buddies")
                .subtract(number(row(before, "interests", "Tuinieren"), "buddies"))).isEqualTo(BigDecimal.valueOf(2));
        assertThat(number(row(after, "availability", "zaterdagvoormiddag"), "buddies")
                .subtract(number(row(before, "availability", "zaterdagvoormiddag"), "buddies")))
                .isEqualTo(BigDecimal.valueOf(2));
        assertThat(after.getList("tables.key")).containsExactly("provinces", "networks", "languages", "availability",
                "interests");
        // never a person: no column names or reaches one
        assertThat(after.getList("tables.columns.key").toString()).doesNotContain("name\"", "email", "reference");
        report(api(), "buddies", query("network", "limburg"));
        as(westhoek).queryParam("network", "limburg").get("/reports/buddies").then().statusCode(404);
    }

    @Test
    void aViewerAndAPublishedReportNeverShowASmallCountNorOneThatGivesItAway() {
        Session counsellor = counsellor("denderregio");
        completedToday(counsellor, AALST, "entitled", offerIn(AALST, "volunteering", "volunteering"));
        Map<String, String> today = query("network", "denderregio", "from", TODAY.toString(), "to",
                TODAY.toString());
        JsonPath raw = report(api(), "completions", today);
        Map<String, Object> dender = row(raw, "completions", "Denderregio");
        assertThat(number(dender, "completedEntitled").longValue()).as("this test's completion, under 5")
                .isBetween(1L, 4L);

        Session viewer = user("viewer", "\"role\":\"viewer\"");
        for (JsonPath shown : List.of(report(as(viewer), "completions", today),
                report(api(), "completions", query("network", "denderregio", "from", TODAY.toString(), "to",
                        TODAY.toString(), "published", "true")))) {
            Map<String, Object> row = row(shown, "completions", "Denderregio");
            assertThat(row.get("completedEntitled")).isNull();
            // the row's total would give the one small count away: it is either gone or joined by another
            long hiddenParts = java.util.stream.Stream.of("completedObliged", "completedEntitled")
                    .filter(k -> row.get(k) == null).count();
            assertThat(row.get("completed") == null || hiddenParts >= 2).isTrue();
            assertThat(shown.getList("parameters.name")).contains("Kleine aantallen");
            for (Map<String, Object> r : shown.<Map<String, Object>>getList("tables[0].rows")) {
                r.values().stream().filter(v -> v instanceof Number).map(v -> new BigDecimal(v.toString()))
                        .forEach(v -> assertThat(v.signum() == 0 || v.compareTo(BigDecimal.valueOf(5)) >= 0)
                                .as("no count from 1 to 4 shown").isTrue());
            }
        }
        // The viewer's CSV leaves the cell empty as well.
        String csv = new String(as(viewer).queryParams(today).queryParam("format", "csv").get("/reports/completions")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.startsWith("Denderregio;")).findFirst().orElseThrow().split(";", -1)[2])
                .isEmpty();
        // The administrator's own (unpublished) report keeps the count.
        assertThat(raw.getList("parameters.name")).doesNotContain("Kleine aantallen");
    }

    @Test
    void badFiltersAreRefusedAtTheirFieldAndOrganisationsGetNoReport() {
        api().queryParam("from", "2026-13-01").get("/reports/completions").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("violations.field", hasItem("from"));
        api().queryParam("from", "2025-02-01").queryParam("to", "2025-01-01").get("/reports/hours-by-category")
                .then().statusCode(400).body("violations.field", hasItem("to"))
                .body("violations.code", hasItem("before-from"));
        api().queryParam("months", "0").get("/reports/trends").then().statusCode(400)
                .body("violations.field", hasItem("months"));
        api().queryParam("months", "61").get("/reports/trends").then().statusCode(400)
                .body("violations.field", hasItem("months"));
        api().queryParam("format", "pdf").get("/reports/buddies").then().statusCode(400)
                .body("violations.field", hasItem("format"));
        api().queryParam("published", "misschien").get("/reports/buddies").then().statusCode(400)
                .body("violations.field", hasItem("published"));
        api().queryParam("format", "csv").queryParam("table", "nope").get("/reports/buddies").then().statusCode(400)
                .body("violations.field", hasItem("table"));
        api().queryParam("network", "atlantis").get("/reports/completions").then().statusCode(404);
        long organisation = organisation("Rapport-contact");
        Session contact = user("contact", "\"role\":\"organisation-contact\",\"organisationId\":" + organisation);
        for (String report : List.of("completions", "hours-by-category", "trends", "buddies")) {
            as(contact).get("/reports/" + report).then().statusCode(403);
            anonymous().get("/reports/" + report).then().statusCode(401);
        }
    }

    private static void assertCsvEqualsTable(byte[] bytes, JsonPath json, int table) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records;
        try {
            records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                    .getRecords();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<String> keys = json.getList("tables[" + table + "].columns.key", String.class);
        assertThat(records.get(0).toList()).isEqualTo(json.getList("tables[" + table + "].columns.label"));
        List<Map<String, Object>> rows = new ArrayList<>(json.getList("tables[" + table + "].rows"));
        Map<String, Object> totals = json.getMap("tables[" + table + "].totals");
        if (totals != null) {
            rows.add(totals);
        }
        assertThat(records).hasSize(rows.size() + 1);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < keys.size(); c++) {
                Object expected = rows.get(r).get(keys.get(c));
                String cell = records.get(r + 1).get(c);
                if (expected == null) {
                    assertThat(cell).isEmpty();
                } else if (expected instanceof Number) {
                    assertThat(new BigDecimal(cell.replace(',', '.'))).isEqualByComparingTo(expected.toString());
                } else {
                    assertThat(cell).isEqualTo(expected.toString());
                }
            }
        }
    }

    private static void assertXlsxEqualsTables(byte[] bytes, JsonPath json) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            int tables = json.getList("tables").size();
            assertThat(workbook.getNumberOfSheets()).isEqualTo(tables + 1);
            for (int t = 0; t < tables; t++) {
                Sheet sheet = workbook.getSheetAt(t);
                List<String> keys = json.getList("tables[" + t + "].columns.key", String.class);
                List<Map<String, Object>> rows = new ArrayList<>(json.getList("tables[" + t + "].rows"));
                Map<String, Object> totals = json.getMap("tables[" + t + "].totals");
                if (totals != null) {
                    rows.add(totals);
                }
                assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.getRow(r + 1);
                    for (int c = 0; c < keys.size(); c++) {
                        Object expected = rows.get(r).get(keys.get(c));
                        Cell cell = row.getCell(c);
                        if (expected == null) {
                            assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
                        } else if (expected instanceof Number) {
                            assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
                                    .isEqualByComparingTo(expected.toString());
                        } else {
                            assertThat(cell.getStringCellValue()).isEqualTo(expected.toString());
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
