package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The regional allocation end to end: municipality figures imported through the {@code municipality-figures} import
 * kind (re-import changes nothing, a changed value updates, a bad file imports nothing), an amount divided over the
 * networks as a preview and saved, read back as JSON, CSV and XLSX, a cap whose redistribution pushes a second network
 * over it, and every bad input refused at its field with nothing saved. The import runs through
 * {@link ImportFixture}, deployed with this test only. Figures of the years 2087 and 2088 are this test's own.
 */
@Fixtures(ImportFixture.class)
class AllocationIT extends ApiTest {

    private static final int YEAR = 2087;
    private static final String IEPER = TestData.IEPER;
    private static final String BERINGEN = "71004";
    private static final String LEUVEN = "24062";
    private static final String TODAY = LocalDate.now().toString();

    /** Numbers as BigDecimal, not float: amounts of 9 digits must compare exactly. */
    private static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private static boolean prepared;
    private static Map<String, String> networkOf;

    private Response importFigures(String rows) {
        return api().contentType("text/plain").body("nis_code;soort;jaar;waarde;bron\n" + rows)
                .post("/test-fixtures/imports/municipality-figures");
    }

    private static String figures(long ieper, long beringen, long leuven) {
        return IEPER + ";inwoners;" + YEAR + ";" + ieper + ";Testbron inwoners " + YEAR + "\n"
                + BERINGEN + ";inwoners;" + YEAR + ";" + beringen + ";Testbron inwoners " + YEAR + "\n"
                + LEUVEN + ";Inwoners;" + YEAR + ";" + leuven + ";Testbron inwoners " + YEAR + "\n"
                + IEPER + ";eerste-inburgeringscontracten;" + YEAR + ";100;Testbron contracten\n"
                + BERINGEN + ";eerste-inburgeringscontracten;" + YEAR + ";300;Testbron contracten\n";
    }

    @BeforeEach
    void figuresOfThreeParticipatingMunicipalities() {
        if (prepared) {
            return;
        }
        TestData data = new TestData(this::api);
        for (String nis : List.of(IEPER, BERINGEN, LEUVEN)) {
            data.takesPart(nis);
        }
        networkOf = List.of(IEPER, BERINGEN, LEUVEN).stream().collect(Collectors.toMap(n -> n,
                n -> api().get("/municipalities/" + n).jsonPath().getString("network.id")));
        assertThat(networkOf.values()).doesNotHaveDuplicates();
        for (int year : new int[] {YEAR, YEAR + 1}) {
            api().delete("/test-fixtures/municipality-figures/" + year).then().statusCode(204);
        }
        importFigures(figures(35_000, 78_000, 102_000)).then().statusCode(200)
                .body("created", equalTo(5)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        prepared = true;
    }

    private static String body(String amount, String cap, String criteria, boolean save) {
        return "{\"name\":\"Test " + amount.replace("\"", "") + "\",\"callReference\":\"oproep 507\",\"amount\":"
                + amount
                + ",\"cap\":" + cap + ",\"referenceDate\":\"" + TODAY + "\",\"criteria\":[" + criteria
                + "],\"save\":" + save + "}";
    }

    private static String inhabitants(int year) {
        return "{\"criterion\":\"inhabitants\",\"weight\":1,\"year\":" + year + "}";
    }

    private Response allocate(String body) {
        return api().contentType("application/json").body(body).post("/funding/allocations");
    }

    private static BigDecimal finalAmount(JsonPath json, String network) {
        return new BigDecimal(json.getString("networks.find { it.networkId == '" + network + "' }.finalAmount"));
    }

    private static BigDecimal sumOfFinals(JsonPath json) {
        List<Object> amounts = json.getList("networks.finalAmount");
        return amounts.stream().map(o -> new BigDecimal(o.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void reimportingChangesNothingAndAChangedValueUpdatesOneFigure() {
        importFigures(figures(35_000, 78_000, 102_000)).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(5));
        importFigures(figures(35_000, 78_001, 102_000)).then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(4));
        importFigures(figures(35_000, 78_000, 102_000)).then().statusCode(200).body("updated", equalTo(1));

        api().get("/funding/municipality-figures?kind=inhabitants&year=" + YEAR + "&sort=nisCode").then()
                .statusCode(200).body("totalItems", equalTo(3))
                .body("items.nisCode", equalTo(List.of(LEUVEN, IEPER, BERINGEN)))
                .body("items[1].value", equalTo(35_000))
                .body("items[1].source", equalTo("Testbron inwoners " + YEAR))
                .body("items[1].kind", equalTo("inhabitants"));
        api().get("/funding/municipality-figures?year=" + YEAR + "&network=" + networkOf.get(IEPER)).then()
                .statusCode(200).body("totalItems", equalTo(2));
        api().get("/funding/municipality-figures?kind=cows&year=99999&network=nowhere").then().statusCode(400)
                .body("violations.field", hasItem("kind")).body("violations.field", hasItem("year"));
        api().get("/funding/municipality-figures?network=nowhere").then().statusCode(400)
                .body("violations[0].field", equalTo("network"));
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryRow() {
        Response refused = importFigures(IEPER + ";inwoners;" + (YEAR + 1) + ";10;Goed\n"
                + "99999;inwoners;" + (YEAR + 1) + ";10;Onbekende gemeente\n"
                + BERINGEN + ";inwoners;" + (YEAR + 1) + ";-3;Negatief\n"
                + LEUVEN + ";inwoners;" + (YEAR + 1) + ";5;Eerste\n"
                + LEUVEN + ";inwoners;" + (YEAR + 1) + ";6;Tweede\n");
        refused.then().statusCode(400);
        assertThat(refused.jsonPath().getList("problems.line", Integer.class)).containsExactly(3, 4, 6);
        assertThat(refused.jsonPath().getList("problems.code", String.class))
                .containsExactly("unknown", "negative", "duplicate");
        api().get("/funding/municipality-figures?year=" + (YEAR + 1)).then().body("totalItems", equalTo(0));
    }

    @Test
    void aPreviewDividesToTheCentAndSavesNothing() {
        long saved = api().get("/funding/allocations").jsonPath().getLong("totalItems");
        JsonPath preview = allocate(body("1000.00", "null", inhabitants(YEAR), false)).then().statusCode(200)
                .body("id", nullValue()).extract().response().jsonPath(EXACT);

        // 35 000 : 78 000 : 102 000 of 1000.00 is 162.7906…, 362.7906…, 474.4186…: the cent goes to the last
        assertThat(finalAmount(preview, networkOf.get(IEPER))).isEqualByComparingTo("162.79");
        assertThat(finalAmount(preview, networkOf.get(BERINGEN))).isEqualByComparingTo("362.79");
        assertThat(finalAmount(preview, networkOf.get(LEUVEN))).isEqualByComparingTo("474.42");
        assertThat(sumOfFinals(preview)).isEqualByComparingTo("1000.00");
        assertThat(preview.getList("networks")).hasSize(18);
        assertThat(preview.getInt("totals.centsAdded")).isEqualTo(1);
        assertThat(preview.getLong("criteria[0].total")).isEqualTo(215_000);
        assertThat(preview.getString("networks.find { it.networkId == '" + networkOf.get(IEPER)
                + "' }.values[0].value")).isEqualTo("35000");
        assertThat(api().get("/funding/allocations").jsonPath().getLong("totalItems")).isEqualTo(saved);
    }

    @Test
    void aSavedAllocationReadsBackTheSameAndDownloadsAsCsvAndXlsx() {
        Response created = allocate(body("5796000.00", "null", "{\"criterion\":\"participating-municipalities\","
                + "\"weight\":1},{\"criterion\":\"inhabitants\",\"weight\":1,\"year\":" + YEAR + "},"
                + "{\"criterion\":\"first-integration-contracts\",\"weight\":\"2\",\"year\":" + YEAR + "}", true));
        created.then().statusCode(201);
        long id = created.jsonPath(EXACT).getLong("id");
        assertThat(created.header("Location")).endsWith("/funding/allocations/" + id);
        assertThat(sumOfFinals(created.jsonPath(EXACT))).isEqualByComparingTo("5796000.00");

        JsonPath read = api().get("/funding/allocations/" + id).then().statusCode(200).extract().response()
                .jsonPath(EXACT);
        assertThat(read.getList("networks.finalAmount"))
                .isEqualTo(created.jsonPath(EXACT).getList("networks.finalAmount"));
        assertThat(read.getString("callReference")).isEqualTo("oproep 507");
        assertThat(read.getList("criteria.criterion")).containsExactly("participating-municipalities", "inhabitants",
                "first-integration-contracts");
        List<Object> normalised = read.getList("criteria.normalisedWeight");
        assertThat(normalised.stream().map(o -> new BigDecimal(o.toString()).stripTrailingZeros()).toList())
                .containsExactly(new BigDecimal("0.25"), new BigDecimal("0.25"), new BigDecimal("0.5"));
        api().get("/funding/allocations").then().statusCode(200).body("items.id", hasItem((int) id))
                .body("items[0].id", equalTo((int) id));

        Response csv = api().accept("text/csv").get("/funding/allocations/" + id);
        csv.then().statusCode(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.asString()).contains("Totaal").contains("5796000,00").contains("Inwoners " + YEAR);
        Response xlsx = api().get("/funding/allocations/" + id + "?format=xlsx");
        xlsx.then().statusCode(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(xlsx.asByteArray()).startsWith((byte) 'P', (byte) 'K');

        api().get("/funding/allocations/" + (id + 100_000)).then().statusCode(404);
        api().get("/funding/allocations/abc").then().statusCode(404);
        api().get("/funding/allocations/" + id + "?format=pdf").then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    @Test
    void aRedistributionThatPushesASecondNetworkOverTheCapCapsItToo() {
        JsonPath capped = allocate(body("1000.00", "400.00", inhabitants(YEAR), false)).then().statusCode(200)
                .extract().response().jsonPath(EXACT);
        String leuven = "networks.find { it.networkId == '" + networkOf.get(LEUVEN) + "' }";
        String beringen = "networks.find { it.networkId == '" + networkOf.get(BERINGEN) + "' }";
        // 474.42 is above 400; 600 over 35 : 78 gives Beringen's network (Limburg) 414.16, above 400 in round 2
        assertThat(capped.getInt(leuven + ".cappedInRound")).isEqualTo(1);
        assertThat(capped.getInt(beringen + ".cappedInRound")).isEqualTo(2);
        assertThat(finalAmount(capped, networkOf.get(LEUVEN))).isEqualByComparingTo("400.00");
        assertThat(finalAmount(capped, networkOf.get(BERINGEN))).isEqualByComparingTo("400.00");
        assertThat(finalAmount(capped, networkOf.get(IEPER))).isEqualByComparingTo("200.00");
        assertThat(capped.getInt("capRounds")).isEqualTo(2);
        assertThat(capped.getInt("totals.cappedNetworks")).isEqualTo(2);
        assertThat(sumOfFinals(capped)).isEqualByComparingTo("1000.00");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        long saved = api().get("/funding/allocations").jsonPath().getLong("totalItems");
        String one = inhabitants(YEAR);
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put(body("-5", "null", one, true), new String[] {"amount", "not-positive"});
        cases.put(body("0", "null", one, true), new String[] {"amount", "not-positive"});
        cases.put(body("12.345", "null", one, true), new String[] {"amount", "too-many-decimals"});
        cases.put(body("\"1e999999999\"", "null", one, true), new String[] {"amount", "too-large"});
        cases.put(body("1e999999999", "null", one, true), new String[] {"amount", "too-large"});
        cases.put(body("\"veel\"", "null", one, true), new String[] {"amount", "not-a-number"});
        cases.put(body("true", "null", one, true), new String[] {"amount", "not-a-number"});
        cases.put(body("1000", "0", one, true), new String[] {"cap", "not-positive"});
        cases.put(body("1000", "-1", one, true), new String[] {"cap", "not-positive"});
        cases.put(body("1000", "10.00", one, true), new String[] {"cap", "cap-too-small"});
        cases.put(body("1000", "null", "{\"criterion\":\"inhabitants\",\"weight\":0,\"year\":" + YEAR + "}", true),
                new String[] {"criteria", "no-weight"});
        cases.put(body("1000", "null", "{\"criterion\":\"inhabitants\",\"weight\":-1,\"year\":" + YEAR + "},"
                + "{\"criterion\":\"participating-municipalities\",\"weight\":1}", true),
                new String[] {"criteria[0].weight", "negative"});
        cases.put(body("1000", "null", inhabitants(2086), true), new String[] {"criteria[0].year", "no-figures"});
        cases.put(body("1000", "null", inhabitants(30000), true), new String[] {"criteria[0].year", "out-of-range"});
        cases.put(body("1000", "null", "{\"criterion\":\"inhabitants\",\"weight\":1}", true),
                new String[] {"criteria[0].year", "required"});
        cases.put(body("1000", "null", "{\"criterion\":\"koeien\",\"weight\":1}", true),
                new String[] {"criteria[0].criterion", "unknown-criterion"});
        cases.put(body("1000", "null", "{\"criterion\":\"inhabitants\",\"weight\":1e400,\"year\":" + YEAR + "}",
                true), new String[] {"criteria[0].weight", "too-large"});
        cases.put(body("1000", "null", IntStream.range(0, 1000).mapToObj(i -> one).collect(Collectors.joining(",")),
                true), new String[] {"criteria", "too-many"});
        cases.put(body("1000", "null", "", true), new String[] {"criteria", "required"});
        cases.put(body("1000", "null", one, true).replace(TODAY, "gisteren"),
                new String[] {"referenceDate", "not-a-date"});
        cases.put(body("1000", "null", one, true).replace("\"Test 1000\"", "\" \""), new String[] {"name", "required"});
        cases.put("null", new String[] {"body", "required"});
        cases.forEach((request, expected) -> {
            Response refused = allocate(request);
            assertThat(refused.statusCode()).as(request.length() > 300 ? request.substring(0, 300) : request)
                    .isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getList("violations.field")).as(request.length() > 300
                    ? request.substring(0, 300) : request).contains(expected[0]);
            assertThat(refused.jsonPath().getList("violations.code")).contains(expected[1]);
        });
        allocate("{\"amount\": [1, 2]").then().statusCode(400);
        assertThat(api().get("/funding/allocations").jsonPath().getLong("totalItems")).isEqualTo(saved);
        // a refused request changes no figure either
        api().get("/funding/municipality-figures?year=" + YEAR).then().body("totalItems", equalTo(5))
                .body("items.value", not(hasItem(-1)));
    }
}
