package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The funding reports against the published sources: the example files of the project (typed from vraag 120 and
 * 162, see docs/example-data.md) go in through the import path, and the reports must give back the totals the
 * minister published — counted from the text, not from the files: 29 pilots submitted, 26 selected and 3 not, 772,091.69
 * EUR of fixed awards and 5 "to be determined" of at most 40,000 each; per type 16 buddy, 10 internship, 17
 * volunteering and 14 alternative among the selected; the 2020 projects of the budget article 1,998,813 EUR. Downloads
 * in CSV and XLSX hold the JSON's figures; a coordinator counts only the projects of their networks.
 */
class FundingReportsIT extends ApiTest {

    private static final Path SOURCES = Path.of("../regions/src/main/resources/example/sources");
    private static final String PILOT_CALL = "oproep 507";
    private static final String BUDGET_ARTICLE = "PJ0-1PFC2DB-PR";

    @BeforeEach
    void loadTheSources() throws IOException {
        // the same files and path as VP_EXAMPLE_DATA=sources; a second load changes nothing (natural keys)
        imported("funding-calls", "funding-calls.csv");
        imported("projects", "projects.csv");
    }

    private void imported(String kind, String file) throws IOException {
        Response started = api().contentType("text/csv").header("X-File-Name", file)
                .body(Files.readAllBytes(SOURCES.resolve(file))).post("/imports?kind=" + kind + "&dryRun=false");
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(202);
        long id = started.jsonPath().getLong("id");
        long until = System.currentTimeMillis() + 60_000;
        JsonPath run = null;
        while (System.currentTimeMillis() < until) {
            run = api().get("/imports/" + id).then().statusCode(200).extract().jsonPath();
            if (!run.getString("status").equals("running")) {
                break;
            }
            sleep();
        }
        assertThat(run).isNotNull();
        assertThat(run.getString("status")).as(run.prettify()).isEqualTo("done");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long callId(String reference) {
        return api().get("/funding/calls?q=" + reference + "&size=100").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.reference == '" + reference + "' }.id");
    }

    private JsonPath report(String path, String query) {
        return exact(api().accept("application/json").get("/reports/funding/" + path + "?" + query).then()
                .statusCode(200).extract().asString());
    }

    /** Decimals as BigDecimal (RestAssured reads them as float by default, which rounds 772,091.69). */
    private static JsonPath exact(String json) {
        return JsonPath.from(json).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal amount(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    @Test
    void thePilotsOfTheCallGiveThePublishedTotals() {
        JsonPath r = report("call-projects", "call=" + callId(PILOT_CALL));
        assertThat(r.getList("tables.key")).containsExactly("projects", "per-status", "per-type");
        assertThat(r.getList("tables[0].rows")).hasSize(29);
        assertThat(amount(r, "tables[0].totals.awardedAmount")).isEqualByComparingTo("772091.69");
        assertThat(amount(r, "tables[0].totals.toBeDeterminedMaximum")).isEqualByComparingTo("200000.00");

        List<Map<String, Object>> perStatus = r.getList("tables[1].rows");
        assertThat(perStatus).extracting(m -> m.get("status"), m -> m.get("projects"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Geselecteerd", 26),
                        org.assertj.core.groups.Tuple.tuple("Niet geselecteerd", 3));
        assertThat(r.getInt("tables[1].rows.find { it.status == 'Geselecteerd' }.toBeDetermined")).isEqualTo(5);
        assertThat(r.getInt("tables[1].totals.projects")).isEqualTo(29);

        // per type as counted from vraag 120's X marks (the labels are the type modules' own)
        Map<String, Integer> awardedPerType = Map.of("Buddywerking", 16, "Kennismakingsstage", 10,
                "Vrijwilligerswerk", 17, "Alternatief traject", 14);
        awardedPerType.forEach((type, count) -> assertThat(
                r.getInt("tables[2].rows.find { it.type == '" + type + "' }.awardedProjects")).as(type)
                .isEqualTo(count));
        assertThat(r.getInt("tables[2].rows.find { it.type == 'Buddywerking' }.submittedProjects")).isEqualTo(18);
    }

    @Test
    void theProjectsOfTheBudgetArticleIn2020AddUpToThePublishedTotal() {
        JsonPath r = report("commitments", "call=" + callId(BUDGET_ARTICLE) + "&year=2020");
        assertThat(r.getList("tables[0].rows")).hasSize(9);
        assertThat(amount(r, "tables[0].totals.amount")).isEqualByComparingTo("1998813.00");
        assertThat(r.getString("tables[0].rows.find { it.lead == 'OESO' }.expectedResult"))
                .isEqualTo("Rapport met aanbevelingen in 2022");
        // nothing was committed for 2021 (the answer says so)
        assertThat(report("commitments", "call=" + callId(BUDGET_ARTICLE) + "&year=2021").getList("tables[0].rows"))
                .isEmpty();
    }

    @Test
    void csvAndXlsxHoldTheFiguresOfTheJson() throws IOException {
        long call = callId(PILOT_CALL);
        JsonPath json = report("call-projects", "call=" + call);
        byte[] csv = api().get("/reports/funding/call-projects?call=" + call + "&format=csv&table=per-status")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("\uFEFFStatus");
        List<Map<String, Object>> rows = json.getList("tables[1].rows");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(records.get(i + 1).get(0)).isEqualTo(rows.get(i).get("status"));
            assertThat(records.get(i + 1).get(1)).isEqualTo(String.valueOf(rows.get(i).get("projects")));
            assertThat(new BigDecimal(records.get(i + 1).get(2).replace(',', '.')))
                    .isEqualByComparingTo(new BigDecimal(rows.get(i).get("awardedAmount").toString()));
        }

        byte[] xlsx = api().get("/reports/funding/call-projects?call=" + call + "&format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet projects = workbook.getSheetAt(0);
            assertThat(projects.getLastRowNum()).isEqualTo(1 + 29); // header, 29 projects, totals
            int awardedColumn = json.getList("tables[0].columns.key").indexOf("awardedAmount");
            Cell total = projects.getRow(30).getCell(awardedColumn);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isCloseTo(772091.69, within(0.001));
            assertThat(workbook.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Trajecttype");
        }
    }

    @Test
    void aCoordinatorCountsOnlyTheProjectsOfTheirNetworks() {
        Session gent = user("network-coordinator", "\"networkIds\":[\"gent\"]");
        long call = callId(PILOT_CALL);
        JsonPath mine = exact(as(gent).accept("application/json").get("/reports/funding/call-projects?call=" + call)
                .then().statusCode(200).extract().asString());
        assertThat(mine.getList("tables[0].rows.name")).containsExactly("Verbinding Gent");
        assertThat(amount(mine, "tables[0].totals.awardedAmount")).isEqualByComparingTo("40000.00");

        JsonPath networks = exact(as(gent).accept("application/json").get("/reports/funding/networks?call=" + call)
                .then().statusCode(200).extract().asString());
        assertThat(networks.getList("tables[0].rows.network")).containsExactly("Stad Gent");
        assertThat(amount(networks, "tables[0].rows[0].awarded")).isEqualByComparingTo("40000.00");

        Session counsellor = user("counsellor", "\"networkIds\":[\"gent\"]");
        as(counsellor).get("/reports/funding/call-projects?call=" + call).then().statusCode(403);
    }

    @Test
    void everyNetworkSeesWhatTheAwardsOfTheCallBroughtPerFunder() {
        JsonPath r = report("networks", "call=" + callId(PILOT_CALL));
        assertThat(r.getList("tables[0].rows")).hasSize(18);
        List<String> keys = r.getList("tables[0].columns.label");
        assertThat(keys).contains("Toegekend AMIF", "Toegekend VVSG", "Toegekend totaal", "Voltooide trajecten");
        // every selected pilot lies in a network (the VGC's in Brussel): the awards of the call, split 50/50
        assertThat(amount(r, "tables[0].totals.awarded").doubleValue()).isCloseTo(772091.69, within(0.2));
        assertThat(amount(r, "tables[0].rows.find { it.network == 'Stad Gent' }.awarded")).isEqualByComparingTo("40000");
    }

    @Test
    void badFiltersAreRefusedAtTheField() {
        api().get("/reports/funding/call-projects").then().statusCode(400);
        api().get("/reports/funding/call-projects?call=abc").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("call"));
        api().get("/reports/funding/call-projects?call=999999999").then().statusCode(404);
        api().get("/reports/funding/commitments?call=" + callId(BUDGET_ARTICLE) + "&year=1200").then()
                .statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("year"));
        api().get("/reports/funding/networks?from=2025-02-01&to=2025-01-01").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("to"));
        api().get("/reports/funding/call-projects?call=" + callId(PILOT_CALL) + "&format=pdf").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("format"));
    }

    private Session user(String role, String scope) {
        String username = role + "." + TestData.unique();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"" + role
                        + "\",\"role\":\"" + role + "\"," + scope + ",\"password\":\"funding-password-1\"}")
                .post("/users").then().statusCode(201);
        return signIn(username, "funding-password-1");
    }
}
