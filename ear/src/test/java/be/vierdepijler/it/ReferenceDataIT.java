package be.vierdepijler.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The EAR deploys, migrates its database and knows Flanders: 18 networks, 304 municipalities. */
class ReferenceDataIT extends ApiTest {

    @Test
    void lists18NetworksWithTheirMunicipalityCounts() {
        api().get("/networks?size=50").then().statusCode(200)
                .contentType("application/json")
                .body("totalItems", is(18))
                .body("items", hasSize(18))
                .body("items.id", hasItems("westhoek", "antwerpen", "regio-antwerpen", "gent", "regio-gent", "brussel"))
                .body("items.find { it.id == 'antwerpen' }.municipalityCount", is(1))
                .body("items.find { it.id == 'regio-antwerpen' }.municipalityCount", is(27))
                .body("items.find { it.id == 'brussel' }.municipalityCount", is(19))
                .body("items.find { it.id == 'westhoek' }.municipalityCount", is(17))
                .body("items.find { it.id == 'brussel' }.kind", equalTo("CITY"))
                .body("items.find { it.id == 'brussel' }.referenceRegionCode", nullValue())
                .body("items.municipalityCount.sum()", is(304));
    }

    @Test
    void showsOneNetwork() {
        api().get("/networks/westhoek").then().statusCode(200)
                .body("name", equalTo("Westhoek"))
                .body("kind", equalTo("REFERENCE_REGION"))
                .body("referenceRegionCode", equalTo("REFREG07"))
                .body("municipalityCount", is(17));
    }

    @Test
    void anUnknownNetworkIs404Problem() {
        api().get("/networks/atlantis").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("detail", containsString("atlantis"));
    }

    @Test
    void knowsAll304Municipalities() {
        api().get("/municipalities?size=1").then().statusCode(200)
                .body("totalItems", is(304))
                .body("totalPages", is(304))
                .body("items", hasSize(1));
    }

    @Test
    void showsOneMunicipalityByNisCodeWithItsNetworkAndAnEtag() {
        // the version, whatever it is now (the synthetic example set makes Gent take part)
        api().get("/municipalities/44021").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\""))
                .body("name", equalTo("Gent"))
                .body("province", equalTo("oost-vlaanderen"))
                .body("provinceName", equalTo("Oost-Vlaanderen"))
                .body("region", equalTo("vlaanderen"))
                .body("referenceRegionName", equalTo("Regio Gent"))
                .body("network.id", equalTo("gent"))
                .body("network.name", equalTo("Stad Gent"));
        api().get("/municipalities/21004").then().statusCode(200)
                .body("province", nullValue())
                .body("region", equalTo("brussel"))
                .body("network.id", equalTo("brussel"));
    }

    @Test
    void everyNetworksMunicipalitiesAddUp() {
        api().get("/municipalities?network=regio-gent&size=200").then().statusCode(200)
                .body("totalItems", is(19))
                .body("items.network.id", everyItem(equalTo("regio-gent")))
                .body("items.name", hasItem("Lochristi"));
    }

    @Test
    void isReadyAndPublishesItsOpenApiDocument() {
        RestAssured.given().get(management() + "/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                // the application's own readiness check (core.shared.infrastructure.DatabaseReadiness); with it,
                // WildFly adds no default "ready-deployment" check for the deployment
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'deployments-status' }.data.'vierdepijler.ear'", equalTo("OK"));
        RestAssured.given().accept("application/json").get(root() + "/openapi").then().statusCode(200)
                .body("info.title", equalTo("Vierde Pijler API"))
                .body("paths.keySet()", hasItems("/api/v1/networks", "/api/v1/municipalities/{nis}"));
    }
}
