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

import org.junit.jupiter.api.Test;

/** The four shipped trajectory types, discovered in the real EAR and served through core's SPI only. */
class TrajectoryTypesIT extends ApiTest {

    @Test
    void discoversExactlyTheFourShippedTypes() {
        api().header("Accept-Language", "nl").get("/trajectory-types").then().statusCode(200)
                .contentType("application/json")
                .header("Content-Language", "nl")
                .body("totalItems", is(4))
                .body("items.id", contains("alternative", "buddy", "internship", "volunteering"))
                .body("items.label", contains("Alternatief traject", "Buddywerking", "Kennismakingsstage",
                        "Vrijwilligerswerk"))
                .body("items.id", not(hasItem("taalstage")));
    }

    @Test
    void servesHowEachTypeIsPlaced() {
        api().get("/trajectory-types").then().statusCode(200)
                .body("items.find { it.id == 'buddy' }.placedWith", equalTo("buddy"))
                .body("items.findAll { it.id != 'buddy' }.placedWith", everyItem(equalTo("offer")));
        api().get("/trajectory-types/internship").then().statusCode(200).body("placedWith", equalTo("offer"));
    }

    @Test
    void servesEachTypesSchemaCategoriesAndRules() {
        api().get("/trajectory-types/internship").then().statusCode(200)
                .body("label", equalTo("Kennismakingsstage"))
                .body("fields.name", contains("hostOrganisation", "hostKind", "supervisor", "startDate", "endDate",
                        "agreementSigned"))
                .body("fields.find { it.name == 'hostOrganisation' }.kind", equalTo("reference"))
                .body("fields.find { it.name == 'hostOrganisation' }.refersTo", equalTo("organisation"))
                .body("fields.find { it.name == 'hostKind' }.choices.value", contains("company", "association",
                        "organisation", "local-government"))
                .body("fields.find { it.name == 'hostKind' }.choices.label", hasItem("lokaal bestuur"))
                .body("fields.find { it.name == 'supervisor' }.max", is(200))
                .body("fields.find { it.name == 'startDate' }.refersTo", nullValue())
                .body("hours.maxHoursPerDay", is(8))
                .body("hours.contactPersonConfirms", is(true))
                .body("suitability.minimumDutchLevel", equalTo("A2"))
                .body("reportingCategories.label", contains("Stage"));
        api().get("/trajectory-types/alternative").then().statusCode(200)
                .body("reportingCategories.id", contains("conversation-group", "course",
                        "socio-cultural-association", "sport", "informal-participation", "other"))
                .body("fields.find { it.name == 'subtype' }.required", is(true));
        api().get("/trajectory-types/buddy").then().statusCode(200)
                .body("fields.find { it.name == 'sharedLanguages' }.multiple", is(true))
                .body("hours.contactPersonConfirms", is(false));
    }

    @Test
    void labelsFollowAcceptLanguageWithDutchAsDefault() {
        api().get("/trajectory-types/internship").then().header("Content-Language", "nl")
                .header("Vary", containsString("Accept-Language"))
                .body("label", equalTo("Kennismakingsstage"));
        api().header("Accept-Language", "en").get("/trajectory-types/internship").then().statusCode(200)
                .header("Content-Language", "en")
                .body("label", equalTo("Introductory internship"))
                .body("fields.find { it.name == 'supervisor' }.label", equalTo("Supervisor"))
                .body("fields.find { it.name == 'hostKind' }.choices.label", hasItem("local government"));
        api().header("Accept-Language", "fr-BE, en;q=0.8, nl;q=0.5").get("/trajectory-types").then()
                .body("items.label", hasItem("Buddy scheme"));
        api().header("Accept-Language", "fr").get("/trajectory-types/volunteering").then()
                .body("label", equalTo("Vrijwilligerswerk"));
    }

    @Test
    void pagesAndSortsLikeEveryCollection() {
        api().get("/trajectory-types?size=2&page=1").then().statusCode(200)
                .body("items.id", contains("internship", "volunteering"))
                .body("totalPages", is(2));
        api().get("/trajectory-types?sort=-id&size=1").then().body("items.id", contains("volunteering"));
        api().get("/trajectory-types?page=9").then().statusCode(200).body("items", hasSize(0));
        api().get("/trajectory-types?sort=label").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
    }

    @Test
    void anUnknownTypeIs404Problem() {
        api().get("/trajectory-types/taalstage").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("taalstage"));
        api().contentType("application/json").body("{}").post("/trajectory-types/nope/validate").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void validAttributesAre200WithTheirReportingCategory() {
        api().contentType("application/json")
                .body("{\"hostOrganisation\":\"org-31\",\"hostKind\":\"company\",\"supervisor\":\"An Peeters\","
                        + "\"startDate\":\"2025-04-07\",\"endDate\":\"2025-04-18\",\"agreementSigned\":true}")
                .post("/trajectory-types/internship/validate").then().statusCode(200)
                .body("valid", is(true)).body("trajectoryType", equalTo("internship"))
                .body("reportingCategory.label", equalTo("Stage"));
        api().contentType("application/json").header("Accept-Language", "en")
                .body("{\"subtype\":\"conversation-group\",\"setting\":\"group\",\"groupSize\":8}")
                .post("/trajectory-types/alternative/validate").then().statusCode(200)
                .body("reportingCategory.id", equalTo("conversation-group"))
                .body("reportingCategory.label", equalTo("Conversation group"));
    }

    @Test
    void badAttributesAre400ProblemsNamingEachField() {
        api().contentType("application/json")
                .body("{\"hostKind\":\"school\",\"supervisor\":\"An\",\"startDate\":\"2025-04-07\","
                        + "\"endDate\":\"2025-04-01\",\"agreementSigned\":false,\"colour\":\"red\"}")
                .post("/trajectory-types/internship/validate").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("violations.field", contains("hostOrganisation", "hostKind", "colour", "endDate",
                        "agreementSigned"))
                .body("violations.find { it.field == 'endDate' }.code", equalTo("end-before-start"))
                .body("violations.find { it.field == 'hostOrganisation' }.message",
                        equalTo("'Gastorganisatie' is verplicht."));
        api().contentType("application/json").header("Accept-Language", "en").body("{}")
                .post("/trajectory-types/alternative/validate").then().statusCode(400)
                .body("violations.field", contains("subtype", "setting"))
                .body("violations[0].message", equalTo("'Kind of activity' is required."));
    }

    @Test
    void aBodyThatIsNoJsonObjectIs400() {
        api().contentType("application/json").body("[1, 2]").post("/trajectory-types/buddy/validate").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body")).body("violations[0].code", equalTo("not-an-object"));
        api().contentType("application/json").body("{\"buddy\": ").post("/trajectory-types/buddy/validate").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].code", equalTo("not-json"));
        api().contentType("application/json").post("/trajectory-types/buddy/validate").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
