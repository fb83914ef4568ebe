package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.reliability.HostileCases.Auth;
import be.vierdepijler.reliability.HostileCases.Case;
import be.vierdepijler.reliability.OpenApiOperations.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostileCasesTest {

    static final String DOCUMENT = """
            {"openapi":"3.1.0","paths":{
              "/api/v1/newcomers/{id}":{
                "get":{"summary":"Eén inburgeraar","parameters":[{"in":"path","name":"id","schema":{"type":"string"}}]},
                "put":{"summary":"Wijzigen (vraagt If-Match)","parameters":[{"in":"path","name":"id","schema":{"type":"string"}},
                  {"in":"header","name":"If-Match","schema":{"type":"string"}}],
                  "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/NewcomerInput"}}}}}},
              "/api/v1/newcomers":{
                "get":{"summary":"Lijst","parameters":[{"in":"query","name":"page","schema":{"type":"string"}},
                  {"in":"query","name":"size","schema":{"type":"string"}},{"in":"query","name":"sort","schema":{"type":"string"}},
                  {"in":"query","name":"q","schema":{"type":"string"}}]}},
              "/api/v1/trajectories/{id}/placements/{placement}/end":{
                "post":{"summary":"Beëindigen","requestBody":{"content":{"application/json":{"schema":{"type":"string"},
                  "examples":{"x":{"value":{"endDate":"2026-05-01","cancel":false,"offerId":12}}}}}}}},
              "/api/v1/imports":{"post":{"summary":"Import","parameters":[{"in":"query","name":"kind","schema":{"type":"string"}}],
                "requestBody":{"content":{"*/*":{"schema":{"type":"string","format":"binary"}}}}}}},
             "components":{"schemas":{"NewcomerInput":{"type":"object","properties":{
               "firstName":{"type":"string"},"municipalityNis":{"type":"string"},"languages":{"type":"array","items":{"type":"string"}},
               "integrationContractDate":{"type":"string"},"capacity":{"type":"integer","format":"int32"},
               "contact":{"$ref":"#/components/schemas/Contact"}}},
               "Contact":{"type":"object","properties":{"name":{"type":"string"},"email":{"type":"string"}}}}}}
            """;

    static List<Operation> operations() throws Exception {
        return OpenApiOperations.of(ApiClient.MAPPER.readTree(DOCUMENT));
    }

    static HostileCases generator(long seed) {
        Map<String, String> ids = Map.of("newcomers", "17", "trajectories", "2", "placements", "5");
        Map<String, JsonNode> hints = Map.of("municipalityNis", TextNode.valueOf("33011"), "offerId",
                IntNode.valueOf(21));
        return new HostileCases(ids, hints, name -> name.equals("/api/v1/imports?kind") ? "offers" : null, seed);
    }

    static Operation operation(String key) throws Exception {
        return operations().stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theSameSeedGivesTheSameRequests() throws Exception {
        for (Operation o : operations()) {
            List<Case> a = generator(7).of(o);
            List<Case> b = generator(7).of(o);
            assertThat(a).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.get(i).name()).isEqualTo(b.get(i).name());
                assertThat(a.get(i).target()).isEqualTo(b.get(i).target());
                assertThat(a.get(i).body()).isEqualTo(b.get(i).body());
            }
        }
    }

    @Test
    void pathParametersGetTheFixturesIdsAndTheHostileOnesInTurn() throws Exception {
        List<Case> cases = generator(1).of(operation("POST /api/v1/trajectories/{id}/placements/{placement}/end"));
        assertThat(cases.get(0).target()).isEqualTo("/api/v1/trajectories/2/placements/5/end");
        List<String> pathCases = cases.stream().map(Case::name).filter(n -> n.contains(":path-")).toList();
        assertThat(pathCases).anyMatch(n -> n.startsWith("id:")).anyMatch(n -> n.startsWith("placement:"))
                .hasSizeLessThanOrEqualTo(HostileCases.MAX_PATH_CASES);
        assertThat(cases).filteredOn(c -> c.name().startsWith("placement:path-"))
                .allMatch(c -> c.target().startsWith("/api/v1/trajectories/2/placements/"));
    }

    @Test
    void aHostileValueThatDecoratesAnIdDecoratesTheFixturesOwnNeverTheFirstAdministratorsOne() throws Exception {
        Operation end = operation("POST /api/v1/trajectories/{id}/placements/{placement}/end");
        assertThat(generator(1).path(end, "placement", HostileCases.REAL_ID + ";jsessionid=x"))
                .isEqualTo("/api/v1/trajectories/2/placements/5;jsessionid=x/end");
        assertThat(generator(1).path(end, "id", HostileCases.REAL_ID + "%00"))
                .isEqualTo("/api/v1/trajectories/2%00/placements/5/end");
    }

    @Test
    void aBodyOperationGetsEveryClassOfHostileBody() throws Exception {
        List<Case> cases = generator(3).of(operation("PUT /api/v1/newcomers/{id}"));
        List<String> names = cases.stream().map(Case::name).toList();
        assertThat(names).contains("anonymous", "bad-basic-credentials", "no-csrf-token", "wrong-csrf-token",
                "content-type-none", "content-type-text-plain", "content-type-xml-xxe",
                "content-type-charset-ebcdic-xx", "deep-arrays-1000", "deep-objects-1000", "huge-body-string",
                "huge-body-array", "json-open-brace", "empty-object", "extra-unknown-field", "extra-polymorphic",
                "if-match-missing", "if-match-stale", "if-match-malformed", "firstName:missing");
        Case huge = cases.stream().filter(c -> c.name().equals("huge-body-string")).findFirst().orElseThrow();
        assertThat(huge.body().length).isGreaterThan(2 * 1024 * 1024);
        Case deep = cases.stream().filter(c -> c.name().equals("deep-arrays-1000")).findFirst().orElseThrow();
        assertThat(new String(deep.body(), StandardCharsets.UTF_8)).startsWith("[".repeat(1000)).hasSize(2000);
        assertThat(cases).filteredOn(c -> c.name().startsWith("if-match-missing")).allMatch(c -> c.ifMatch() == null);
        assertThat(cases).filteredOn(c -> c.name().startsWith("firstName:"))
                .allMatch(c -> c.ifMatch() == HostileCases.FRESH);
    }

    @Test
    void fieldValuesGoInAsRawJsonThatNoLibraryWrites() throws Exception {
        List<String> bodies = generator(3).of(operation("PUT /api/v1/newcomers/{id}")).stream()
                .filter(c -> c.name().contains(":") && c.body() != null)
                .map(c -> new String(c.body(), StandardCharsets.UTF_8)).toList();
        assertThat(bodies).anyMatch(b -> b.contains("\\ud800")).anyMatch(b -> b.contains("\\u0000"))
                .anyMatch(b -> b.contains("A".repeat(HostileValues.HUGE_STRING)))
                .anyMatch(b -> b.contains("\"integrationContractDate\":\"0000-01-01\""))
                .anyMatch(b -> b.contains(":1e100000"));
        // The rest of the body stays valid and carries the fixture's values.
        assertThat(bodies).allMatch(b -> b.startsWith("{"));
        assertThat(bodies).anyMatch(b -> b.contains("\"municipalityNis\":\"33011\""));
    }

    @Test
    void theExampleIsTheValidBodyWithTheFixturesIds() throws Exception {
        byte[] valid = generator(1).validBody(operation("POST /api/v1/trajectories/{id}/placements/{placement}/end"));
        assertThat(new String(valid, StandardCharsets.UTF_8))
                .isEqualTo("{\"endDate\":\"2026-05-01\",\"cancel\":false,\"offerId\":21}");
    }

    @Test
    void aFileUploadGetsHostileFilesAndKeepsItsValidQuery() throws Exception {
        List<Case> cases = generator(1).of(operation("POST /api/v1/imports"));
        assertThat(cases.stream().map(Case::name)).contains("file-empty", "file-formulas", "file-binary",
                "file-over-10mb", "file-name-traversal").doesNotContain("deep-arrays-1000");
        assertThat(cases).filteredOn(c -> c.name().startsWith("file-"))
                .allMatch(c -> c.target().equals("/api/v1/imports?kind=offers"));
    }

    @Test
    void aListGetsBadPagingSortingAndQueriesAndNoCsrfCases() throws Exception {
        List<Case> cases = generator(1).of(operation("GET /api/v1/newcomers"));
        assertThat(cases).extracting(Case::target).contains("/api/v1/newcomers?page=-1",
                "/api/v1/newcomers?size=1000000");
        assertThat(cases).anyMatch(c -> c.name().startsWith("sort:")).anyMatch(c -> c.name().startsWith("q:query-"));
        assertThat(cases).noneMatch(c -> c.auth() == Auth.NO_CSRF).anyMatch(c -> c.auth() == Auth.ANONYMOUS);
        assertThat(cases).allMatch(c -> c.body() == null);
    }

    @Test
    void leavesNameNestedFieldsAndKnowDates() throws Exception {
        JsonNode body = ApiClient.MAPPER.readTree(
                "{\"a\":\"x\",\"startDate\":\"2026-01-01\",\"n\":3,\"list\":[\"nl\"],\"o\":{\"b\":1}}");
        assertThat(HostileCases.leaves(body, "")).extracting(l -> l[0] + "=" + l[1]).containsExactly("a=string",
                "startDate=date", "n=number", "list=string", "list.0=string", "o=string", "o.b=number");
    }

    @Test
    void boundedSpreadsOverTheWholeList() {
        List<Integer> all = Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(HostileCases.bounded(all, 5)).containsExactly(0, 2, 4, 6, 8);
        assertThat(HostileCases.bounded(all, 20)).isSameAs(all);
    }
}
