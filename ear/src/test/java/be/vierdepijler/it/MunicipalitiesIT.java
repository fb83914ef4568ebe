package be.vierdepijler.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The municipality directory: paging, filters, sorting, errors as problem+json, and editing membership safely. */
class MunicipalitiesIT extends ApiTest {

    @Test
    void pagesThroughAllMunicipalitiesWithoutOverlap() {
        api().get("/municipalities?size=100&page=3").then().statusCode(200)
                .body("page", is(3)).body("size", is(100)).body("totalPages", is(4))
                .body("items", hasSize(4));
        String lastOfFirst = api().get("/municipalities?size=10&page=0").jsonPath().getString("items[9].nisCode");
        String firstOfSecond = api().get("/municipalities?size=10&page=1").jsonPath().getString("items[0].nisCode");
        org.assertj.core.api.Assertions.assertThat(firstOfSecond).isNotEqualTo(lastOfFirst);
    }

    @Test
    void sortsByNameByDefaultAndByNisCodeDescendingOnRequest() {
        api().get("/municipalities?size=1").then().body("items[0].name", equalTo("Aalst"));
        api().get("/municipalities?size=1&sort=-nisCode").then().body("items[0].nisCode", equalTo("73111"));
    }

    @Test
    void filtersByProvince() {
        api().get("/municipalities?province=limburg&size=200").then().statusCode(200)
                .body("totalItems", is(38))
                .body("items.province", everyItem(equalTo("limburg")));
    }

    @Test
    void searchesNamesRegardlessOfCaseAndAccents() {
        api().get("/municipalities?q=MOLENBEEK").then().statusCode(200)
                .body("items.name", hasItem("Sint-Jans-Molenbeek"));
        api().get("/municipalities?q=lo-ren").then().statusCode(200)
                .body("items.name", contains("Lo-Reninge"));
    }

    @Test
    void combinesFilters() {
        api().get("/municipalities?network=westhoek&q=poperinge").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].nisCode", equalTo("33021"));
        api().get("/municipalities?network=westhoek&province=limburg").then().statusCode(200)
                .body("totalItems", is(0)).body("items", hasSize(0));
    }

    @Test
    void treatsLikeWildcardsLiterally() {
        api().get("/municipalities?q=%25").then().statusCode(200).body("totalItems", is(0));
        api().get("/municipalities?q=_").then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void anUnknownNisCodeIs404Problem() {
        api().get("/municipalities/99999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404)).body("detail", containsString("99999"));
        api().get("/municipalities/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedQueryParametersAre400ProblemsNamingEachField() {
        api().get("/municipalities?page=abc&size=1000&sort=population&province=brabant").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("violations.field", contains("page", "size", "sort", "province"))
                .body("violations.find { it.field == 'page' }.code", equalTo("not-a-number"))
                .body("violations.find { it.field == 'province' }.message", containsString("limburg"));
        api().get("/municipalities?network=atlantis").then().statusCode(400)
                .body("violations[0].field", equalTo("network"));
        api().get("/networks?size=0").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblemsToo() {
        api().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
        api().delete("/municipalities/44021").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void membershipIsEditedUnderOptimisticLockingAndCounted() {
        // Vleteren: no other test class changes its membership (several make Poperinge take part, in any order).
        Response before = api().get("/municipalities/33041");
        String etag = before.header("ETag");
        long participatingBefore = api().get("/networks/westhoek").jsonPath().getLong("participatingCount");
        // Should another class have let it take part already (classes share the server), it stays counted once.
        int added = before.jsonPath().getBoolean("membership.participating") ? 0 : 1;

        api().contentType("application/json").header("If-Match", etag)
                .body("{\"participatingFrom\":\"2023-01-01\",\"participatingUntil\":null}")
                .put("/municipalities/33041/membership").then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("membership.participatingFrom", equalTo("2023-01-01"))
                .body("membership.participatingUntil", nullValue())
                .body("membership.participating", is(true));
        api().get("/networks/westhoek").then().body("participatingCount", is((int) participatingBefore + added));

        // The same stale ETag again: somebody else's change must not be overwritten.
        api().contentType("application/json").header("If-Match", etag)
                .body("{\"participatingFrom\":\"2024-01-01\"}")
                .put("/municipalities/33041/membership").then().statusCode(412)
                .contentType("application/problem+json");
        api().get("/municipalities/33041").then().body("membership.participatingFrom", equalTo("2023-01-01"));
    }

    @Test
    void membershipEditsNeedIfMatchAndValidDates() {
        api().contentType("application/json")
                .body("{\"participatingFrom\":\"2023-01-01\"}")
                .put("/municipalities/44021/membership").then().statusCode(428)
                .contentType("application/problem+json");
        String etag = api().get("/municipalities/44021").header("ETag");
        // Gent may take part already (the synthetic example set makes it): the refused attempts must not change that
        String from = api().get("/municipalities/44021").jsonPath().getString("membership.participatingFrom");
        api().contentType("application/json").header("If-Match", etag)
                .body("{\"participatingFrom\":\"1 januari\",\"participatingUntil\":\"2022-13-01\"}")
                .put("/municipalities/44021/membership").then().statusCode(400)
                .body("violations.field", contains("participatingFrom", "participatingUntil"));
        api().contentType("application/json").header("If-Match", etag)
                .body("{\"participatingFrom\":\"2024-01-01\",\"participatingUntil\":\"2023-01-01\"}")
                .put("/municipalities/44021/membership").then().statusCode(400)
                .body("violations[0].field", equalTo("participatingUntil"));
        api().contentType("application/json").header("If-Match", etag)
                .body("{not json")
                .put("/municipalities/44021/membership").then().statusCode(400)
                .contentType("application/problem+json");
        // Nothing of the refused attempts was written.
        api().get("/municipalities/44021").then().header("ETag", equalTo(etag))
                .body("membership.participatingFrom", equalTo(from));
    }
}
