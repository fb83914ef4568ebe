package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** Intake of newcomers: fields checked at once, eligibility with reasons and its override, scope, audit. */
class NewcomersIT extends TrajectoryTestSupport {

    @Test
    void aCounsellorTakesInANewcomerOfTheNetworkAndTheReadIsLogged() {
        Session counsellor = counsellor("westhoek");
        participates(IEPER);
        String first = "Amina" + unique();
        long id = createNewcomer(as(counsellor), newcomer(first, IEPER, "running"));
        as(counsellor).get("/newcomers/" + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("firstName", equalTo(first)).body("networkId", equalTo("westhoek"))
                .body("integrationStatus", equalTo("obliged")).body("dutchLevel", equalTo("A2"))
                .body("languages", contains("ar", "nl")).body("interests", contains("cooking", "sport"))
                .body("availability", contains("wed-afternoon")).body("referralChannel", equalTo("agency"))
                .body("consents[0].purpose", equalTo("matching")).body("consents[0].granted", is(true))
                .body("eligibility.eligible", is(true))
                .body("eligibility.checks.rule", contains("residence", "integration-trajectory"))
                .body("eligibility.checks[0].reason", containsString("Ieper neemt deel"));
        api().get("/audit/reads?kind=newcomer&id=" + id).then().statusCode(200)
                .body("items.by", hasItem(containsString("counsellor-westhoek")));
        as(counsellor).queryParam("q", first).get("/newcomers").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].eligibility", nullValue());
    }

    @Test
    void aNeighbourOfAParticipatingMunicipalityQualifiesWithThatReason() {
        participates(IEPER);
        // Mesen itself must not take part for this test; another class or the synthetic example set may have made it
        io.restassured.response.Response mesen = api().get("/municipalities/" + MESEN);
        String from = mesen.jsonPath().getString("membership.participatingFrom");
        String until = mesen.jsonPath().getString("membership.participatingUntil");
        String yesterday = java.time.LocalDate.now().minusDays(1).toString();
        boolean ended = from != null && from.compareTo(yesterday) <= 0 && (until == null || until.compareTo(yesterday) > 0);
        if (ended) {
            membership(mesen.header("ETag"), from, yesterday);
        }
        try {
            long id = createNewcomer(api(), newcomer("Buur", MESEN, "can-start"));
            api().get("/newcomers/" + id).then().statusCode(200)
                    .body("eligibility.eligible", is(true))
                    .body("eligibility.checks[0].reason", containsString("buurgemeente"));
        } finally {
            if (ended) {
                membership(api().get("/municipalities/" + MESEN).header("ETag"), from, until);
            }
        }
    }

    private void membership(String etag, String from, String until) {
        api().header("If-Match", etag).contentType("application/json")
                .body("{\"participatingFrom\":\"" + from + "\",\"participatingUntil\":"
                        + (until == null ? "null" : "\"" + until + "\"") + "}")
                .put("/municipalities/" + MESEN + "/membership").then().statusCode(200);
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsStored() {
        String name = "Fout" + unique();
        api().contentType("application/json").body("{\"firstName\":\"" + name + "\",\"integrationStatus\":\"maybe\","
                        + "\"municipalityNis\":\"99999\",\"dutchLevel\":\"D1\",\"languages\":[\"xx\"],"
                        + "\"interests\":[\"knitting\"],\"availability\":[\"someday\"],\"referralChannel\":\"radio\","
                        + "\"integrationContractDate\":\"2099-01-01\",\"integrationProgress\":\"ended\","
                        + "\"consents\":{\"spam\":true}}")
                .post("/newcomers").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("lastName", "integrationStatus", "dutchLevel",
                        "languages[0]", "interests[0]", "availability[0]", "referralChannel",
                        "integrationContractDate", "integrationEndedOn", "consents.spam"));
        api().contentType("application/json").body(newcomer(name, "99999", "running")).post("/newcomers").then()
                .statusCode(400).body("violations.field", contains("municipalityNis"))
                .body("violations.code", contains("unknown-municipality"));
        api().queryParam("q", name).get("/newcomers").then().statusCode(200).body("totalItems", is(0));
        api().contentType("application/json").body("[1]").post("/newcomers").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aCounsellorOverridesARefusalWithAMotivation() {
        Session counsellor = counsellor("westhoek");
        long id = createNewcomer(as(counsellor), newcomer("Laat", IEPER, "none"));
        var read = as(counsellor).get("/newcomers/" + id);
        read.then().body("eligibility.eligible", is(false)).body("eligibility.checks[1].passed", is(false));
        String etag = read.header("ETag");
        as(counsellor).contentType("application/json").body("{\"motivation\":\"kort\"}").header("If-Match", etag)
                .post("/newcomers/" + id + "/eligibility-override").then().statusCode(400)
                .body("violations.field", contains("motivation"));
        as(counsellor).contentType("application/json").body("{\"motivation\":\"x\"}")
                .post("/newcomers/" + id + "/eligibility-override").then().statusCode(428);
        as(counsellor).contentType("application/json")
                .body("{\"motivation\":\"Traject liep over de termijn door ziekte; toch opnemen.\"}")
                .header("If-Match", etag).post("/newcomers/" + id + "/eligibility-override").then().statusCode(200)
                .body("eligibility.eligible", is(true)).body("eligibility.rulesPassed", is(false))
                .body("eligibility.override.motivation", containsString("ziekte"))
                .body("eligibility.override.by", containsString("counsellor-westhoek"));
        long eligible = createNewcomer(as(counsellor), newcomer("Ok", IEPER, "running"));
        as(counsellor).contentType("application/json").body("{\"motivation\":\"niet nodig maar toch\"}")
                .header("If-Match", as(counsellor).get("/newcomers/" + eligible).header("ETag"))
                .post("/newcomers/" + eligible + "/eligibility-override").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void outOfScopeNewcomersAreNotFoundAndListsHoldOnlyTheScope() {
        Session westhoek = counsellor("westhoek");
        Session limburg = counsellor("limburg");
        long id = createNewcomer(as(westhoek), newcomer("Scope", IEPER, "running"));
        as(limburg).get("/newcomers/" + id).then().statusCode(404).contentType("application/problem+json");
        as(limburg).get("/newcomers?size=200").then().statusCode(200)
                .body("items.networkId", everyItem(equalTo("limburg")));
        as(limburg).contentType("application/json").body(newcomer("Daar", IEPER, "running")).post("/newcomers")
                .then().statusCode(403);
        Session officer = user("officer-ieper", "\"role\":\"local-officer\",\"municipalityNis\":\"" + IEPER + "\"");
        as(officer).get("/newcomers/" + id).then().statusCode(200);
        as(officer).get("/newcomers?size=200").then().statusCode(200)
                .body("items.municipalityNis", everyItem(equalTo(IEPER)));
        Session viewer = user("viewer", "\"role\":\"viewer\"");
        as(viewer).get("/newcomers").then().statusCode(403);
        as(viewer).get("/newcomers/" + id).then().statusCode(404);
    }

    @Test
    void changesNeedTheVersionAndAMoveToAnotherNetworkIsAReferral() {
        Session counsellor = counsellor("westhoek");
        String first = "Wijzig" + unique();
        long id = createNewcomer(as(counsellor), newcomer(first, IEPER, "running"));
        String etag = as(counsellor).get("/newcomers/" + id).header("ETag");
        String changed = newcomer(first, POPERINGE, "running").replace("\"A2\"", "\"B1\"");
        as(counsellor).contentType("application/json").body(changed).put("/newcomers/" + id).then().statusCode(428);
        as(counsellor).contentType("application/json").header("If-Match", etag).body(changed).put("/newcomers/" + id)
                .then().statusCode(200).body("dutchLevel", equalTo("B1")).body("municipalityNis", equalTo(POPERINGE));
        as(counsellor).contentType("application/json").header("If-Match", etag).body(changed).put("/newcomers/" + id)
                .then().statusCode(412);
        String now = as(counsellor).get("/newcomers/" + id).header("ETag");
        as(counsellor).contentType("application/json").header("If-Match", now)
                .body(newcomer(first, GENK, "running")).put("/newcomers/" + id).then().statusCode(400)
                .body("violations.code", contains("other-network"));
        assertThat(as(counsellor).get("/newcomers/" + id).jsonPath().getString("municipalityNis"))
                .isEqualTo(POPERINGE);
    }
}
