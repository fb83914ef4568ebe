package be.vierdepijler.it;

import static be.vierdepijler.it.TestData.offerBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The offer catalogue over HTTP: adding and changing offers under If-Match, the Dutch full-text search (stems,
 * accents, prefixes), every filter, paging and sorting, bad input, and what a caller out of scope does not see. Each
 * test works on offers of its own organisation (filter {@code organisation=}), so other tests' data never interferes.
 */
class OffersIT extends ApiTest {

    private static final String POPERINGE = "33021";
    private static final String IEPER = "33011";
    private static final String HASSELT = "71072";
    private static final String PASSWORD = "offers-password-1";

    private long organisation(String name, String nis) {
        return api().contentType("application/json").body("{\"name\":\"" + name + "\",\"kind\":\"association\","
                        + "\"municipalityNis\":\"" + nis + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private final TestData data = new TestData(this::api);

    private ValidatableResponse search(long organisation, String q) {
        return api().queryParam("q", q).queryParam("organisation", organisation).get("/offers").then()
                .statusCode(200);
    }

    @Test
    void addsReadsAndChangesAnOfferUnderOptimisticLocking() {
        long org = organisation("Vzw Ontmoeting " + System.nanoTime(), POPERINGE);
        String body = offerBody(org, "Taalcafé op woensdag", POPERINGE, "description", "\"Praten bij een koffie\"",
                "address", "\"Markt 1\"", "schedule", "\"elke woensdag 14–16 u\"", "languages", "[\"AR\",\"fr\"]",
                "activeFrom", "\"2020-01-01\"", "activeUntil", "\"2099-12-31\"", "contact",
                "{\"name\":\"Els Peeters\",\"email\":\"els@vzw.be\",\"phone\":\"+32 57 33 22 11\"}");
        var created = api().contentType("application/json").body(body).post("/offers").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("title", equalTo("Taalcafé op woensdag")).body("organisationId", is((int) org))
                .body("trajectoryTypeId", equalTo("alternative")).body("trajectoryTypeName", notNullValue())
                .body("reportingCategory", equalTo("conversation-group"))
                .body("reportingCategoryName", equalTo("Conversatiegroep"))
                .body("municipalityName", equalTo("Poperinge")).body("networkId", equalTo("westhoek"))
                .body("requiredLevel", equalTo("A1")).body("capacity", is(5)).body("placesTaken", is(0))
                .body("freePlaces", is(5)).body("languages", contains("ar", "fr")).body("status", equalTo("published"))
                .body("open", is(true)).body("contact.name", equalTo("Els Peeters")).body("manageable", is(true))
                .body("createdAt", notNullValue()).body("version", is(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/offers/" + id);
        String etag = api().get("/offers/" + id).then().statusCode(200).body("schedule", equalTo("elke woensdag 14–16 u"))
                .extract().header("ETag");
        assertThat(etag).isEqualTo(created.header("ETag"));

        String changed = offerBody(org, "Taalcafé op donderdag", IEPER, "capacity", "12", "status", "\"closed\"");
        api().header("If-Match", etag).contentType("application/json").body(changed).put("/offers/" + id).then()
                .statusCode(200).body("title", equalTo("Taalcafé op donderdag")).body("capacity", is(12))
                .body("municipalityName", equalTo("Ieper")).body("status", equalTo("closed")).body("open", is(false))
                .body("contact", nullValue()).body("languages", empty()).body("version", is(1));
        api().header("If-Match", etag).contentType("application/json").body(changed).put("/offers/" + id).then()
                .statusCode(412).contentType("application/problem+json");
        api().contentType("application/json").body(changed).put("/offers/" + id).then().statusCode(428);
        api().get("/offers/987654321").then().statusCode(404).contentType("application/problem+json");
        api().get("/offers/abc").then().statusCode(404);
    }

    @Test
    void searchesInDutchWithStemsAccentsAndThePrefixOfTheLastWord() {
        String unique = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        long org = organisation("Vzw De Brug " + unique, POPERINGE);
        long walks = data.createOffer(offerBody(org, "Wandelingen in de natuur", POPERINGE,
                "description", "\"Samen wandelen langs de IJzer\""));
        long bikes = data.createOffer(offerBody(org, "Fietsen voor beginners", IEPER));
        long cafe = data.createOffer(offerBody(org, "Café De Markt", POPERINGE, "description",
                "\"Praten in het Nederlands\""));

        search(org, "wandeling").body("items.id", contains((int) walks));
        search(org, "WANDELEN").body("items.id", contains((int) walks));
        search(org, "fiets").body("items.id", contains((int) bikes));
        search(org, "cafe").body("items.id", contains((int) cafe));
        search(org, "café nederlands").body("items.id", contains((int) cafe));
        search(org, "wandelen natuur").body("items.id", contains((int) walks));
        search(org, "wandelen fiets").body("totalItems", is(0));
        search(org, "fietse").body("items.id", contains((int) bikes));
        search(org, "natuur wandeli").body("items.id", contains((int) walks));
        search(org, "ijze").body("items.id", contains((int) walks));
        search(org, "ieper").body("items.id", contains((int) bikes));
        search(org, "brug").body("items.id", containsInAnyOrder((int) walks, (int) bikes, (int) cafe));
        search(org, "de het").body("totalItems", is(3));

        // the organisation's new name is searchable at once, the old one no longer
        String etag = api().get("/organisations/" + org).header("ETag");
        api().header("If-Match", etag).contentType("application/json").body("{\"name\":\"Vzw Het Anker " + unique
                + "\",\"kind\":\"association\",\"municipalityNis\":\"" + POPERINGE + "\"}")
                .put("/organisations/" + org).then().statusCode(200);
        search(org, "anker").body("totalItems", is(3));
        search(org, "brug").body("totalItems", is(0));
        // and across all offers, without the organisation filter
        api().queryParam("q", "anker " + unique).get("/offers").then().statusCode(200).body("totalItems", is(3));
    }

    @Test
    void filtersByEveryCriterion() {
        long org = organisation("Vzw Filters " + System.nanoTime(), POPERINGE);
        long conversation = data.createOffer(offerBody(org, "Praatgroep", POPERINGE,
                "activeFrom", "\"2026-01-01\"", "activeUntil", "\"2026-12-31\""));
        long internship = data.createOffer("{\"organisationId\":" + org + ",\"trajectoryTypeId\":\"internship\","
                + "\"reportingCategory\":\"internship\",\"title\":\"Stage in de keuken\",\"municipalityNis\":\""
                + HASSELT + "\",\"requiredLevel\":\"B1\",\"capacity\":2,\"status\":\"published\"}");
        long draft = data.createOffer(offerBody(org, "Nog niet klaar", IEPER, "status", "\"draft\"", "requiredLevel",
                "\"A0\""));
        String all = "/offers?size=200&organisation=" + org;

        api().get(all).then().body("totalItems", is(3));
        api().get(all + "&network=westhoek").then().body("items.id", containsInAnyOrder((int) conversation,
                (int) draft));
        api().get("/offers?network=limburg&size=200").then().body("items.networkId", everyItem(equalTo("limburg")));
        api().get(all + "&municipality=" + HASSELT).then().body("items.id", contains((int) internship));
        api().get(all + "&type=internship").then().body("items.id", contains((int) internship));
        api().get(all + "&category=conversation-group").then().body("items.id", containsInAnyOrder(
                (int) conversation, (int) draft));
        api().get(all + "&type=alternative&category=conversation-group&status=published").then()
                .body("items.id", contains((int) conversation));
        api().get(all + "&level=A2").then().body("items.id", containsInAnyOrder((int) conversation, (int) draft));
        api().get(all + "&level=a0").then().body("items.id", contains((int) draft));
        api().get(all + "&level=C2").then().body("totalItems", is(3));
        api().get(all + "&freePlaces=true").then().body("totalItems", is(3));
        api().get(all + "&freePlaces=false").then().body("totalItems", is(0));
        api().get(all + "&status=draft").then().body("items.id", contains((int) draft));
        api().get(all + "&activeOn=2025-06-01").then().body("items.id", containsInAnyOrder((int) internship,
                (int) draft));
        api().get(all + "&activeOn=2026-06-01").then().body("totalItems", is(3));
    }

    @Test
    void countsTheFilteredListPerTypeNetworkLevelAndStatus() {
        long org = organisation("Vzw Tellen " + System.nanoTime(), POPERINGE);
        data.createOffer(offerBody(org, "Praatgroep een", POPERINGE));
        data.createOffer(offerBody(org, "Praatgroep twee", IEPER, "status", "\"draft\""));
        data.createOffer(offerBody(org, "Sportclub", HASSELT, "reportingCategory", "\"sport\"", "requiredLevel",
                "\"A0\""));
        data.createOffer("{\"organisationId\":" + org + ",\"trajectoryTypeId\":\"internship\",\"reportingCategory\":"
                + "\"internship\",\"title\":\"Stage\",\"municipalityNis\":\"" + HASSELT + "\","
                + "\"requiredLevel\":\"B1\",\"capacity\":2,\"status\":\"published\"}");
        String facets = "/offers/facets?organisation=" + org;
        api().get(facets).then().statusCode(200).body("total", is(4))
                .body("types.id", contains("alternative", "internship"))
                .body("types[0].count", is(3))
                .body("types[0].categories.find { it.id == 'conversation-group' }.count", is(2))
                .body("types[0].categories.find { it.id == 'sport' }.name", equalTo("Sport"))
                .body("networks.find { it.id == 'westhoek' }.count", is(2))
                .body("networks.find { it.id == 'limburg' }.count", is(2))
                .body("networks.find { it.id == 'limburg' }.name", notNullValue())
                .body("levels.id", contains("A0", "A1", "B1"))
                .body("statuses.find { it.id == 'draft' }.count", is(1))
                .body("statuses.find { it.id == 'published' }.name", equalTo("Gepubliceerd"));
        api().get(facets + "&network=limburg&q=stage").then().statusCode(200).body("total", is(1))
                .body("types.id", contains("internship"));
        api().get(facets + "&level=nope").then().statusCode(400).body("violations.field", contains("level"));
    }

    @Test
    void pagesAndSorts() {
        long org = organisation("Vzw Sorteren " + System.nanoTime(), POPERINGE);
        long bravo = data.createOffer(offerBody(org, "Bravo", POPERINGE, "capacity", "1"));
        long alfa = data.createOffer(offerBody(org, "alfa", IEPER, "capacity", "9"));
        long charlie = data.createOffer(offerBody(org, "Charlie", HASSELT, "capacity", "4"));
        String all = "/offers?organisation=" + org;

        api().get(all + "&size=2").then().body("items.id", contains((int) alfa, (int) bravo))
                .body("totalItems", is(3)).body("totalPages", is(2)).body("page", is(0)).body("size", is(2));
        api().get(all + "&size=2&page=1").then().body("items.id", contains((int) charlie));
        api().get(all + "&sort=-title").then().body("items.id", contains((int) charlie, (int) bravo, (int) alfa));
        api().get(all + "&sort=municipality").then().body("items.municipalityName",
                contains("Hasselt", "Ieper", "Poperinge"));
        api().get(all + "&sort=-freePlaces").then().body("items.id", contains((int) alfa, (int) charlie,
                (int) bravo));
        api().get(all + "&sort=freePlaces").then().body("items.id", contains((int) bravo, (int) charlie,
                (int) alfa));
        api().get(all + "&sort=newest").then().body("items.id", contains((int) charlie, (int) alfa, (int) bravo));
        api().get(all + "&sort=-newest").then().body("items.id", contains((int) bravo, (int) alfa, (int) charlie));
        api().get(all + "&sort=capacity&size=0").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("sort", "size"));
    }

    @Test
    void refusesBadInputNamingTheFieldAndWritesNothing() {
        long org = organisation("Vzw Fouten " + System.nanoTime(), POPERINGE);
        expectViolation(offerBody(org, "X", POPERINGE, "trajectoryTypeId", "\"knitting\""), "trajectoryTypeId");
        expectViolation(offerBody(org, "X", POPERINGE, "reportingCategory", "\"internship\""), "reportingCategory");
        expectViolation(offerBody(org, "X", POPERINGE, "capacity", "0"), "capacity");
        expectViolation(offerBody(org, "X", POPERINGE, "activeFrom", "\"2026-05-01\"", "activeUntil", "\"2026-04-30\""),
                "activeUntil");
        expectViolation(offerBody(org, "X", "99999"), "municipalityNis");
        expectViolation(offerBody(987654321L, "X", POPERINGE), "organisationId");
        expectViolation(offerBody(org, "X", POPERINGE, "requiredLevel", "\"D4\""), "requiredLevel");
        expectViolation(offerBody(org, "X", POPERINGE, "activeFrom", "\"1 mei\""), "activeFrom");
        expectViolation(offerBody(org, "X", POPERINGE, "status", "\"archived\""), "status");
        expectViolation(offerBody(org, "X", POPERINGE, "languages", "[\"arabic\"]"), "languages[0]");
        api().contentType("application/json").body("{\"title\":\"\",\"requiredLevel\":\"Z\",\"capacity\":0}")
                .post("/offers").then().statusCode(400).body("violations.field", containsInAnyOrder("requiredLevel",
                        "organisationId", "trajectoryTypeId", "reportingCategory", "title", "municipalityNis",
                        "capacity"));
        api().contentType("application/json").body("not json").post("/offers").then().statusCode(400);
        api().get("/offers?organisation=" + org).then().body("totalItems", is(0));

        api().get("/offers?level=Z9&status=gone&activeOn=morgen&organisation=abc&freePlaces=maybe").then()
                .statusCode(400).body("violations.field", containsInAnyOrder("organisation", "level", "freePlaces",
                        "status", "activeOn"));
        api().get("/offers?type=knitting&network=nowhere&municipality=99999&organisation=987654321").then()
                .statusCode(400).body("violations.field", containsInAnyOrder("network", "municipality",
                        "organisation", "type"));
        api().get("/offers?type=buddy&category=internship").then().statusCode(400)
                .body("violations.field", contains("category"));

        long id = data.createOffer(offerBody(org, "Geldig", POPERINGE));
        String etag = api().get("/offers/" + id).header("ETag");
        api().header("If-Match", etag).contentType("application/json")
                .body(offerBody(org, "Geldig", POPERINGE, "status", "null", "capacity", "0")).put("/offers/" + id)
                .then()
                .statusCode(400).body("violations.field", containsInAnyOrder("capacity", "status"));
        api().get("/offers/" + id).then().body("capacity", is(5)).body("version", is(0));
    }

    private void expectViolation(String body, String field) {
        api().contentType("application/json").body(body).post("/offers").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    @Test
    void draftsAndContactsStayWithinScope() {
        String suffix = Long.toString(System.nanoTime(), 36);
        long org = organisation("Vzw Bereik " + suffix, POPERINGE);
        long otherOrg = organisation("Vzw Elders " + suffix, HASSELT);
        Session limburg = user("limburg." + suffix, "\"role\":\"network-coordinator\",\"networkIds\":[\"limburg\"]");
        Session contact = user("contact." + suffix, "\"role\":\"organisation-contact\",\"organisationId\":" + org);
        String person = "{\"name\":\"Jan Peeters\",\"email\":\"jan@vzw.be\"}";
        long published = data.createOffer(offerBody(org, "Gepubliceerd", POPERINGE, "contact", person));
        long draft = data.createOffer(offerBody(org, "Ontwerp", POPERINGE, "contact", person, "status", "\"draft\""));

        // the catalogue is public to the partners, its contact person is not
        as(limburg).get("/offers/" + published).then().statusCode(200).body("contact", nullValue())
                .body("manageable", is(false));
        as(limburg).get("/offers/" + draft).then().statusCode(404);
        as(limburg).get("/offers?size=200&organisation=" + org).then().body("items.id", contains((int) published))
                .body("items.contact", everyItem(nullValue()));
        as(limburg).get("/offers?status=draft&organisation=" + org).then().body("totalItems", is(0));
        as(limburg).get("/offers/facets?organisation=" + org).then().body("total", is(1))
                .body("statuses.id", contains("published"));
        api().get("/offers/" + draft).then().statusCode(200).body("contact.name", equalTo("Jan Peeters"));

        // an organisation's contact manages its own offers, wherever they are, and no one else's
        as(contact).get("/offers/" + draft).then().statusCode(200).body("contact.name", equalTo("Jan Peeters"))
                .body("manageable", is(true));
        as(contact).contentType("application/json").body(offerBody(org, "Eigen aanbod in Hasselt", HASSELT))
                .post("/offers").then().statusCode(201);
        as(contact).contentType("application/json").body(offerBody(otherOrg, "Niet van mij", HASSELT))
                .post("/offers").then().statusCode(403).contentType("application/problem+json");
        String etag = api().get("/offers/" + draft).header("ETag");
        as(limburg).header("If-Match", etag).contentType("application/json")
                .body(offerBody(org, "Overgenomen", POPERINGE)).put("/offers/" + draft).then().statusCode(404);
        long inLimburg = data.createOffer(offerBody(org, "In Hasselt", HASSELT, "contact", person));
        String etag2 = api().get("/offers/" + inLimburg).header("ETag");
        as(limburg).get("/offers/" + inLimburg).then().body("contact.name", equalTo("Jan Peeters"));
        // the Limburg coordinator may change an offer in Hasselt, but not move it into Westhoek
        as(limburg).header("If-Match", etag2).contentType("application/json")
                .body(offerBody(org, "Naar Poperinge", POPERINGE)).put("/offers/" + inLimburg).then()
                .statusCode(403);
        as(limburg).header("If-Match", etag2).contentType("application/json")
                .body(offerBody(org, "In Hasselt, gewijzigd", HASSELT)).put("/offers/" + inLimburg).then()
                .statusCode(200).body("title", equalTo("In Hasselt, gewijzigd"));
        as(limburg).get("/offers?size=200&q=ontwerp&organisation=" + org).then().body("totalItems", is(0));
        api().get("/offers?size=200&q=ontwerp&organisation=" + org).then().body("items.id",
                not(empty()));
    }

    private Session user(String username, String scope) {
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\""
                + username + "\"," + scope + ",\"password\":\"" + PASSWORD + "\"}").post("/users").then()
                .statusCode(201);
        return signIn(username, PASSWORD);
    }

    @Test
    void weekdaysAndShortDescriptionsPerLanguageAreCheckedStoredAndKeptWhenLeftOut() {
        long org = organisation("Vzw Dagen " + System.nanoTime(), POPERINGE);
        api().contentType("application/json").body(offerBody(org, "Dagen fout", POPERINGE, "weekdays",
                        "[\"mon\",\"maandag\"]", "summaries", "{\"de\":\"Hallo\",\"en\":\"" + "x".repeat(301)
                        + "\"}"))
                .post("/offers").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("weekdays[1]", "summaries.de", "summaries.en"));
        api().contentType("application/json")
                .body(offerBody(org, "Dagen leeg", POPERINGE, "weekdays", "[\"mon\",null]")).post("/offers").then()
                .statusCode(400).body("violations.field", contains("weekdays[1]"));
        long id = data.createOffer(offerBody(org, "Dagen goed", POPERINGE, "weekdays", "[\"SUN\",\"wed\",\"wed\"]",
                "summaries", "{\"ar\":\"نلتقي كل أسبوع\",\"uk\":\"Зустрічаємось щотижня\",\"fr\":\" \"}"));
        api().get("/offers/" + id).then().body("weekdays", contains("wed", "sun"))
                .body("summaries.ar", equalTo("نلتقي كل أسبوع")).body("summaries.uk", equalTo("Зустрічаємось щотижня"))
                .body("summaries.fr", nullValue()).body("approval", nullValue()).body("approvable", is(true));
        // left out of a PUT: kept; an empty list or object: cleared
        String etag = api().get("/offers/" + id).header("ETag");
        etag = api().header("If-Match", etag).contentType("application/json")
                .body(offerBody(org, "Dagen goed", POPERINGE)).put("/offers/" + id).then().statusCode(200)
                .body("weekdays", contains("wed", "sun"))
                .body("summaries.ar", equalTo("نلتقي كل أسبوع")).extract().header("ETag");
        api().header("If-Match", etag).contentType("application/json").body(offerBody(org, "Dagen goed", POPERINGE,
                        "weekdays", "[]", "summaries", "{}"))
                .put("/offers/" + id).then().statusCode(200).body("weekdays", empty())
                .body("summaries.size()", is(0));
    }
}
