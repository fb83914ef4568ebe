package be.vierdepijler.it;

import static be.vierdepijler.it.TestData.offerBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public offer finder without credentials (contract 1 of issue 17): which offers it shows (published, open today,
 * approved, of an organisation that agreed; each condition broken in turn hides the offer), every filter, paging,
 * bad parameters, and that no answer ever carries a contact person, a capacity or places-taken figure. Every test
 * searches for a word of its own (its offers' titles), so offers of other tests never interfere.
 */
class PublicOffersIT extends PlacementTestSupport {

    private static final String WERVIK = "33029";
    private static final String HASSELT = "71072";

    /** A word of letters only that no other offer holds. */
    private static String word() {
        StringBuilder w = new StringBuilder("zq");
        long n = System.nanoTime();
        while (n > 0) {
            w.append((char) ('a' + n % 26));
            n /= 26;
        }
        return w.toString();
    }

    private final TestData data = new TestData(this::api);

    private void consent(long organisation, boolean consent) {
        data.publicListing(organisation, consent).body("publicListing", is(consent))
                .body("publicListingBy", equalTo("admin")).body("publicListingAt", notNullValue());
    }

    private long approved(String body) {
        long id = data.createOffer(body);
        approve(id);
        return id;
    }

    private void approve(long offer) {
        data.approve(offer).body("approval.approvedBy", equalTo("admin"));
    }

    private ValidatableResponse find(String query) {
        return anonymous().get("/public/offers?" + query).then().statusCode(200);
    }

    @Test
    void showsOnlyPublishedOpenApprovedOffersOfOrganisationsThatAgreed() {
        String w = word();
        long org = data.listedOrganisation("Publiek", IEPER);
        long shown = approved(offerBody(org, "Praattafel " + w, IEPER));
        long notApproved = data.createOffer(offerBody(org, "Wandeling " + w, IEPER));
        long draft = approved(offerBody(org, "Kookclub " + w, IEPER, "status", "\"draft\""));
        long closed = approved(offerBody(org, "Breiclub " + w, IEPER, "activeFrom", "\"2020-01-01\"",
                "activeUntil", "\"2021-01-01\""));
        long future = approved(offerBody(org, "Zangkoor " + w, IEPER, "activeFrom", "\"2099-01-01\""));
        long unlisted = data.listedOrganisation("Publiek", IEPER);
        consent(unlisted, false);
        long notConsented = approved(offerBody(unlisted, "Fietsles " + w, IEPER));
        long neverAsked = api().contentType("application/json").body("{\"name\":\"Stil " + unique()
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + IEPER + "\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        long notAsked = approved(offerBody(neverAsked, "Tuinploeg " + w, IEPER));

        find("q=" + w).body("totalItems", is(1)).body("items.id", contains((int) shown));
        anonymous().get("/public/offers/" + shown).then().statusCode(200).body("id", is((int) shown))
                .body("title", equalTo("Praattafel " + w)).body("places", equalTo("free"));
        for (long hidden : List.of(notApproved, draft, closed, future, notConsented, notAsked)) {
            anonymous().get("/public/offers/" + hidden).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        // the counsellors still see and use the offer that is not approved
        api().get("/offers/" + notApproved).then().statusCode(200).body("approval", nullValue());
        api().get("/offers?q=" + w + "&approved=true").then().body("totalItems", is(6));
        api().get("/offers?q=" + w + "&approved=false").then().body("items.id", contains((int) notApproved));

        // each condition broken afterwards hides the offer again
        consent(org, false);
        find("q=" + w).body("totalItems", is(0));
        anonymous().get("/public/offers/" + shown).then().statusCode(404);
        consent(org, true);
        find("q=" + w).body("totalItems", is(1));
        api().header("If-Match", api().get("/offers/" + shown).header("ETag")).delete("/offers/" + shown + "/approval")
                .then().statusCode(200).body("approval", nullValue());
        find("q=" + w).body("totalItems", is(0));
        approve(shown);
        find("q=" + w).body("totalItems", is(1));
        data.changeOffer(shown, offerBody(org, "Praattafel " + w, IEPER, "status", "\"closed\""));
        find("q=" + w).body("totalItems", is(0));
        data.changeOffer(shown, offerBody(org, "Praattafel " + w, IEPER, "activeUntil", "\"2021-01-01\"",
                "activeFrom", "\"2020-01-01\""));
        find("q=" + w).body("totalItems", is(0));
        data.changeOffer(shown, offerBody(org, "Praattafel " + w, IEPER));
        find("q=" + w).body("totalItems", is(1)).body("items.id", contains((int) shown));
    }

    @Test
    void filtersByMunicipalityNearTypeCategoryDayFreePlacesLevelAndText() {
        String w = word();
        long ieperOrg = data.listedOrganisation("Publiek", IEPER);
        long ieper = approved(offerBody(ieperOrg, "Taalcafé " + w, IEPER, "weekdays", "[\"mon\",\"wed\"]",
                "requiredLevel", "\"A0\"", "capacity", "1", "contact", "{\"name\":\"Els Contact\"}"));
        long poperinge = approved(offerBody(ieperOrg, "Voetbal " + w, POPERINGE, "weekdays", "[\"sat\"]",
                "requiredLevel", "\"A2\"", "trajectoryTypeId", "\"volunteering\"", "reportingCategory",
                "\"volunteering\""));
        long wervik = approved(offerBody(ieperOrg, "Praatgroep " + w, WERVIK, "weekdays", "[\"wed\"]",
                "requiredLevel", "\"B1\""));
        long hasselt = approved(offerBody(data.listedOrganisation("Publiek", HASSELT), "Leesclub " + w, HASSELT));
        String all = "q=" + w;
        find(all).body("totalItems", is(4));
        find(all + "&municipality=" + IEPER).body("items.id", contains((int) ieper));
        // near Poperinge: Poperinge first, then Ieper (the same reference region); not Wervik nor Hasselt
        find(all + "&near=" + POPERINGE).body("items.id", contains((int) poperinge, (int) ieper));
        find(all + "&near=" + IEPER).body("items.id", contains((int) ieper, (int) poperinge));
        find(all + "&type=volunteering").body("items.id", contains((int) poperinge));
        find(all + "&type=alternative&category=conversation-group").body("items.id",
                containsInAnyOrder((int) ieper, (int) wervik, (int) hasselt));
        find(all + "&day=wed").body("items.id", containsInAnyOrder((int) ieper, (int) wervik));
        find(all + "&day=sat").body("items.id", contains((int) poperinge));
        find(all + "&day=sun").body("totalItems", is(0));
        find(all + "&level=A0").body("items.id", contains((int) ieper));
        find(all + "&level=A2").body("items.id", containsInAnyOrder((int) ieper, (int) poperinge, (int) hasselt));
        find(all + "&level=B2").body("totalItems", is(4));
        // text: a stem of the description, and a word still being typed
        find("q=" + w + " taalcafe").body("items.id", contains((int) ieper));
        find("q=" + w.substring(0, w.length() - 1)).body("totalItems", is(4));
        find(all + "&municipality=" + IEPER).body("items[0].weekdays", contains("mon", "wed"))
                .body("items[0].level", equalTo("A0")).body("items[0].municipalityName", equalTo("Ieper"))
                .body("items[0].typeLabel", notNullValue()).body("items[0].categoryLabel", notNullValue());

        // the one place of the Ieper offer taken: full, and left out with free=true
        Session counsellor = counsellor("westhoek");
        long trajectory = activeTrajectory(counsellor, "Vol");
        placeInOffer(counsellor, trajectory, "alternative", ieper, CONVERSATION, 1).then().statusCode(201);
        find(all + "&municipality=" + IEPER).body("items[0].places", equalTo("full"));
        find(all + "&free=true").body("items.id", containsInAnyOrder((int) poperinge, (int) wervik,
                (int) hasselt));
        find(all + "&free=false").body("totalItems", is(4));
    }

    @Test
    void pagesWithAMaximumSize() {
        String w = word();
        long org = data.listedOrganisation("Publiek", IEPER);
        long a = approved(offerBody(org, "Aa " + w, IEPER));
        long b = approved(offerBody(org, "Bb " + w, IEPER));
        long c = approved(offerBody(org, "Cc " + w, IEPER));
        find("q=" + w + "&size=2").body("items.id", contains((int) a, (int) b)).body("totalItems", is(3))
                .body("totalPages", is(2)).body("size", is(2));
        find("q=" + w + "&size=2&page=1").body("items.id", contains((int) c));
        find("q=" + w + "&size=50").body("totalItems", is(3));
        anonymous().get("/public/offers?size=51").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("size"));
        find("size=1").header("Cache-Control", containsString("max-age"));
    }

    @Test
    void refusesBadParametersNamingEach() {
        anonymous().get("/public/offers?municipality=abc&near=1234&day=maandag&free=misschien&level=C2&lang=xx"
                        + "&page=-1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("municipality", "near", "day", "free", "level", "lang",
                        "page"));
        anonymous().get("/public/offers?municipality=99999&near=99998&type=nothing&category=nothing").then()
                .statusCode(400).body("violations.field", containsInAnyOrder("municipality", "near", "type",
                        "category"));
        anonymous().get("/public/offers?q=" + "x".repeat(201)).then().statusCode(400)
                .body("violations.field", contains("q"));
        anonymous().get("/public/offers/abc").then().statusCode(404);
        anonymous().get("/public/offers/999999999").then().statusCode(404).contentType("application/problem+json");
        anonymous().get("/public/offers/kinds?lang=xx").then().statusCode(400).body("violations.field",
                contains("lang"));
    }

    @Test
    void kindsComeFromTheTypeRegistryInDutchOrEnglish() {
        anonymous().get("/public/offers/kinds").then().statusCode(200)
                .body("typeId", hasItem("alternative")).body("typeId", hasItem("volunteering"))
                .body("find { it.typeId == 'alternative' }.categories.id", hasItem("conversation-group"))
                .body("find { it.typeId == 'alternative' }.typeLabel", notNullValue());
        String nl = anonymous().get("/public/offers/kinds?lang=nl").jsonPath()
                .getString("find { it.typeId == 'alternative' }.typeLabel");
        String en = anonymous().get("/public/offers/kinds?lang=ar").jsonPath()
                .getString("find { it.typeId == 'alternative' }.typeLabel");
        assertThat(nl).isNotBlank();
        assertThat(en).isNotBlank().isNotEqualTo(nl);
    }

    @Test
    void summaryInTheAskedLanguage() {
        String w = word();
        long org = data.listedOrganisation("Publiek", IEPER);
        long id = approved(offerBody(org, "Samen koken " + w, IEPER, "summaries",
                "{\"ar\":\"نطبخ معًا\",\"en\":\"We cook together\"}"));
        anonymous().get("/public/offers/" + id + "?lang=ar").then().statusCode(200)
                .body("summary", equalTo("نطبخ معًا"));
        anonymous().get("/public/offers/" + id + "?lang=en").then().body("summary", equalTo("We cook together"));
        anonymous().get("/public/offers/" + id + "?lang=fr").then().body("summary", nullValue());
        find("q=" + w + "&lang=en").body("items[0].summary", equalTo("We cook together"));
    }

    /** Every answer of the finder, looked through for every personal value and field name of the offers. */
    @Test
    void neverAnswersAContactPersonCapacityOrPlacesTaken() {
        String w = word();
        long org = data.listedOrganisation("Publiek", IEPER);
        String name = "Mieke Privaat" + w;
        String email = "mieke." + w + "@example.org";
        String phone = "+32 57 11 22 33";
        long id = approved(offerBody(org, "Wijkfeest " + w, IEPER, "capacity", "7", "contact", "{\"name\":\"" + name
                + "\",\"email\":\"" + email + "\",\"phone\":\"" + phone + "\"}"));
        api().get("/offers/" + id).then().body("contact.email", equalTo(email));
        List<String> answers = List.of(
                anonymous().get("/public/offers?q=" + w).then().statusCode(200).extract().asString(),
                anonymous().get("/public/offers?near=" + IEPER + "&q=" + w + "&lang=ar").then().statusCode(200)
                        .extract().asString(),
                anonymous().get("/public/offers/" + id).then().statusCode(200).extract().asString(),
                anonymous().get("/public/offers/" + id + "?lang=en").then().statusCode(200).extract().asString(),
                anonymous().get("/public/offers/kinds").then().statusCode(200).extract().asString());
        assertThat(answers.get(0)).contains("Wijkfeest " + w);
        for (String answer : answers) {
            assertThat(answer).doesNotContain(name).doesNotContain("Mieke").doesNotContain(email)
                    .doesNotContain(phone).doesNotContain("57 11 22 33").doesNotContainIgnoringCase("contact")
                    .doesNotContainIgnoringCase("capacity").doesNotContainIgnoringCase("placesTaken")
                    .doesNotContainIgnoringCase("freePlaces").doesNotContain("networkId")
                    .doesNotContain("approvedBy");
        }
    }
}
