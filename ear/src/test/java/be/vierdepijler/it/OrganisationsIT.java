package be.vierdepijler.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** Partner organisations: registering, searching, changing under If-Match, refusing bad input. */
class OrganisationsIT extends ApiTest {

    private long register(String name, String nis, String kind) {
        return api().contentType("application/json").body("{\"name\":\"" + name + "\",\"kind\":\"" + kind
                        + "\",\"municipalityNis\":\"" + nis + "\",\"address\":\"Markt 1\",\"contacts\":"
                        + "[{\"name\":\"Jan Peeters\",\"functionTitle\":\"Coördinator\",\"email\":\"jan@vzw.be\","
                        + "\"phone\":\"+32 57 33 22 11\"}]}")
                .post("/organisations").then().statusCode(201)
                .body("name", equalTo(name)).body("networkId", equalTo(networkOf(nis)))
                .body("contacts[0].name", equalTo("Jan Peeters"))
                .extract().jsonPath().getLong("id");
    }

    private static String networkOf(String nis) {
        return nis.equals("33021") ? "westhoek" : "limburg";
    }

    @Test
    void registersAndFindsOrganisationsByNameRegardlessOfAccentsAndByFilters() {
        String unique = "Café Ontmoeting " + System.nanoTime();
        long id = register(unique, "33021", "association");
        register("Sportclub Hasselt " + System.nanoTime(), "71072", "company");
        api().queryParam("q", unique.replace("Café", "CAFE")).get("/organisations").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].id", is((int) id))
                .body("items[0].municipalityName", equalTo("Poperinge"));
        api().get("/organisations?network=limburg&size=200").then().statusCode(200)
                .body("items.networkId", everyItem(equalTo("limburg")));
        api().get("/organisations?kind=association&municipality=33021&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) id));
    }

    @Test
    void refusesBadInputWithEveryFieldAndWritesNothing() {
        long before = api().get("/organisations").jsonPath().getLong("totalItems");
        api().contentType("application/json").body("{\"name\":\" \",\"kind\":\"club\",\"municipalityNis\":\"1\"}")
                .post("/organisations").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        api().contentType("application/json").body("{\"name\":\" \",\"municipalityNis\":\"99999\","
                        + "\"contacts\":[{\"name\":\"\",\"email\":\"geen-mail\"}]}")
                .post("/organisations").then().statusCode(400)
                .body("violations.field", contains("name", "kind", "contacts[0].name", "contacts[0].email"));
        api().contentType("application/json").body("{\"name\":\"X\",\"kind\":\"other\",\"municipalityNis\":\"99999\"}")
                .post("/organisations").then().statusCode(400)
                .body("violations[0].field", equalTo("municipalityNis"));
        api().get("/organisations?kind=planet&active=maybe").then().statusCode(400)
                .body("violations.field", contains("kind", "active"));
        api().get("/organisations").then().body("totalItems", is((int) before));
        api().get("/organisations/424242").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void changesContactsUnderOptimisticLocking() {
        long id = register("Buurthuis " + System.nanoTime(), "33021", "welfare");
        String etag = api().get("/organisations/" + id).header("ETag");
        String body = "{\"name\":\"Buurthuis De Brug\",\"kind\":\"welfare\",\"municipalityNis\":\"33021\","
                + "\"contacts\":[{\"name\":\"Sara Janssens\",\"email\":\"sara@brug.be\"}]}";
        api().header("If-Match", etag).contentType("application/json").body(body).put("/organisations/" + id)
                .then().statusCode(200).body("contacts.name", contains("Sara Janssens"));
        api().header("If-Match", etag).contentType("application/json").body(body).put("/organisations/" + id)
                .then().statusCode(412);
        api().contentType("application/json").body(body).put("/organisations/" + id).then().statusCode(428);
    }

    @Test
    void recordsTheConsentToBeListedPubliclyWithWhoAndWhenAndKeepsItOverAChange() {
        long id = register("Vzw Publiek " + System.nanoTime(), "33021", "association");
        api().get("/organisations/" + id).then().body("publicListing", is(false))
                .body("publicListingBy", org.hamcrest.Matchers.nullValue());
        api().contentType("application/json").body("{}").put("/organisations/" + id + "/public-listing").then()
                .statusCode(400).body("violations.field", contains("publicListing"));
        api().contentType("application/json").body("{\"publicListing\":true}")
                .put("/organisations/" + id + "/public-listing").then().statusCode(200)
                .body("publicListing", is(true)).body("publicListingBy", equalTo("admin"))
                .body("publicListingAt", org.hamcrest.Matchers.notNullValue());
        // a change of the organisation's other fields leaves the consent as it is
        String etag = api().get("/organisations/" + id).header("ETag");
        api().header("If-Match", etag).contentType("application/json").body("{\"name\":\"Vzw Publiek gewijzigd "
                        + System.nanoTime() + "\",\"kind\":\"association\",\"municipalityNis\":\"33021\"}")
                .put("/organisations/" + id).then().statusCode(200).body("publicListing", is(true));
        api().contentType("application/json").body("{\"publicListing\":false}")
                .put("/organisations/" + id + "/public-listing").then().statusCode(200).body("publicListing", is(false))
                .body("publicListingBy", equalTo("admin"));
        api().contentType("application/json").body("{\"publicListing\":true}")
                .put("/organisations/999999999/public-listing").then().statusCode(404);
    }
}
