package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The funding import kinds against the real database, driven as the import path drives them ({@link
 * FundingImportFixture}): a row applied twice changes nothing the second time, a changed value updates, a project
 * imported straight into a later status has its history entry "ingevoerd via import".
 */
@Fixtures(FundingImportFixture.class)
class FundingImportIT extends ApiTest {

    private static Map<String, String> cells(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The rows as JSON, without a JSON library on the test's classpath. */
    private static String json(List<Map<String, String>> rows) {
        return rows.stream().map(row -> row.entrySet().stream()
                        .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private List<String> importRows(String kind, List<Map<String, String>> rows, int status) {
        return api().contentType("application/json").body(json(rows)).post("/test-fixtures/imports/" + kind).then()
                .statusCode(status).extract().jsonPath().getList("", String.class);
    }

    @Test
    void aRowAppliedTwiceChangesNothingTheSecondTime() {
        String reference = "oproep " + Long.toString(System.nanoTime(), 36);
        Map<String, String> call = cells("referentie", reference, "naam", "Proeftuinen 2020", "soort",
                "proeftuinoproep", "financiers", "AMIF 50|VVSG 50", "totaal_budget", "800.000,00", "max_per_project",
                "40000", "min_eigen_financiering_pct", "50", "start_vanaf", "01/09/2020", "looptijd_maanden", "24");
        assertThat(importRows("funding-calls", List.of(call), 200)).containsExactly("CREATED");
        assertThat(importRows("funding-calls", List.of(call), 200)).containsExactly("UNCHANGED");
        long callId = api().queryParam("q", reference).get("/funding/calls").jsonPath().getLong("items[0].id");
        long callVersion = api().get("/funding/calls/" + callId).jsonPath().getLong("version");

        Map<String, String> project = cells("oproep", reference, "naam", "Samen in de Westhoek", "promotor",
                "Stad Poperinge", "betrokken_besturen", "Poperinge, Ieper", "gemeenten", "33021|33011",
                "trajecttypes", "buddy|volunteering", "gevraagd_bedrag", "40000,00", "eigen_financiering", "40000,00",
                "toegekend_bedrag", "40.000,00", "status", "lopend", "start", "2020-09-01", "einde", "2022-08-31",
                "vastleggingen", "2020=20000|2021=20000,00");
        Map<String, String> tbd = cells("oproep", reference, "naam", "OESO-studie", "promotor", "OESO",
                "toegekend_max_nog_te_bepalen", "40000", "status", "geselecteerd");
        assertThat(importRows("projects", List.of(project, tbd), 200)).containsExactly("CREATED", "CREATED");
        assertThat(importRows("projects", List.of(project, tbd), 200)).containsExactly("UNCHANGED", "UNCHANGED");

        var projects = api().get("/funding/projects?call=" + callId + "&sort=name").jsonPath();
        assertThat(projects.getInt("totalItems")).isEqualTo(2);
        long id = projects.getLong("items.find { it.name == 'Samen in de Westhoek' }.id");
        long version = api().get("/funding/projects/" + id).jsonPath().getLong("version");
        api().get("/funding/projects/" + id).then().body("status", equalTo("running"))
                .body("history.to", contains("running")).body("history[0].note", equalTo("ingevoerd via import"))
                .body("commitments.amount", contains(20000.00f, 20000.00f))
                .body("municipalities.nisCode", contains("33011", "33021"));

        Map<String, String> extended = new LinkedHashMap<>(project);
        extended.put("status", "verlengd");
        extended.put("einde", "2023-08-31");
        assertThat(importRows("projects", List.of(extended), 200)).containsExactly("UPDATED");
        api().get("/funding/projects/" + id).then().body("status", equalTo("extended"))
                .body("endDate", equalTo("2023-08-31")).body("history.to", contains("running", "extended"))
                .body("version", is((int) version + 1));
        assertThat(api().get("/funding/calls/" + callId).jsonPath().getLong("version")).isEqualTo(callVersion);

        // a file with one bad row imports nothing
        Map<String, String> bad = new LinkedHashMap<>(tbd);
        bad.put("naam", "Te veel");
        bad.put("toegekend_max_nog_te_bepalen", "45000");
        assertThat(importRows("projects", List.of(cells("oproep", reference, "naam", "Goed", "promotor", "X"), bad),
                422)).containsExactly("3:toegekend_max_nog_te_bepalen:above-call-maximum");
        assertThat(api().get("/funding/projects?call=" + callId).jsonPath().getInt("totalItems")).isEqualTo(2);
        // going back in the lifecycle is refused
        Map<String, String> back = new LinkedHashMap<>(project);
        back.put("status", "geselecteerd");
        assertThat(importRows("projects", List.of(back), 422)).containsExactly("2:status:transition-not-allowed");
    }
}
