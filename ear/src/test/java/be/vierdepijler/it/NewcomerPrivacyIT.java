package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's rights over their data: the export holds everything (profile, consents, the override, trajectories with
 * placements, hours, decisions, links, referrals, changes and reads), scoped like the newcomer; the erasure leaves no
 * personal field readable — also not in the audit history or a later export — while the trajectories, hours and
 * categories keep counting; the audit log shows newcomers' and trajectories' changes to administrators only.
 */
class NewcomerPrivacyIT extends PlacementTestSupport {

    private Session coordinator(String network) {
        return user("coordinator-" + network, "\"role\":\"network-coordinator\",\"networkIds\":[\"" + network + "\"]");
    }

    private String username(Session session) {
        return as(session).get("/session").jsonPath().getString("username");
    }

    @Test
    void exportHoldsEverythingAndErasureLeavesNothingPersonalWhileTheCountsStay() {
        participates(IEPER);
        participates(GENK);
        Session westhoek = counsellor("westhoek");
        Session westhoekCoordinator = coordinator("westhoek");
        Session limburg = counsellor("limburg");
        Session limburgCoordinator = coordinator("limburg");
        Session genkOfficer = user("officer-genk", "\"role\":\"local-officer\",\"municipalityNis\":\"" + GENK + "\"");
        String family = "Wissen" + unique();
        String email = "yasmina." + unique() + "@example.org";

        // Intake against a rule, with a motivation that names somebody.
        long newcomer = createNewcomer(as(westhoek), "{\"firstName\":\"Yasmina\",\"lastName\":\"" + family
                + "\",\"email\":\"" + email + "\",\"phone\":\"0470 12 34 56\",\"integrationStatus\":\"obliged\","
                + "\"municipalityNis\":\"" + IEPER + "\",\"dutchLevel\":\"A2\",\"languages\":[\"ar\",\"nl\"],"
                + "\"interests\":[\"cooking\"],\"availability\":[\"wed-afternoon\"],\"referralChannel\":\"agency\","
                + "\"integrationContractDate\":\"2025-01-15\",\"integrationProgress\":\"none\","
                + "\"consents\":{\"matching\":true}}");
        as(westhoek).contentType("application/json")
                .header("If-Match", as(westhoek).get("/newcomers/" + newcomer).header("ETag"))
                .body("{\"motivation\":\"Haar broer Karim volgt hier al het traject.\"}")
                .post("/newcomers/" + newcomer + "/eligibility-override").then().statusCode(200);
        long trajectory = openTrajectory(as(westhoek), newcomer);
        as(westhoek).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);

        // A placement with a personal note in its attributes, two hours with notes, a link, a decision each way.
        long offer = offer(organisation("Kapsalon"), "volunteering", "volunteering", 3);
        long placement = placeInOffer(westhoek, trajectory, "volunteering", offer,
                "{\"role\":\"onthaal bij de kapper van Karim\",\"insuranceConfirmed\":true}", 20).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long confirmed = hours(westhoek, trajectory, placement, 5, "3", "Kwam samen met dochter Amira");
        long rejected = hours(westhoek, trajectory, placement, 4, "2", "Te laat door een afspraak bij de dokter");
        String token = as(westhoek).contentType("application/json").body("{}")
                .post("/trajectories/" + trajectory + "/placements/" + placement + "/confirmation-links").then()
                .statusCode(201).extract().jsonPath().getString("token");
        as(westhoek).contentType("application/json").body("{\"decision\":\"confirm\"}")
                .post("/trajectories/" + trajectory + "/hours/" + confirmed + "/decision").then().statusCode(200);
        as(westhoek).contentType("application/json")
                .body("{\"decision\":\"reject\",\"reason\":\"Was ziek volgens haar dochter\"}")
                .post("/trajectories/" + trajectory + "/hours/" + rejected + "/decision").then().statusCode(200);

        // She moves to Genk (Limburg): the trajectory goes along, and stops there.
        as(westhoek).contentType("application/json").body("{\"municipalityNis\":\"" + GENK
                        + "\",\"motivation\":\"Verhuist naar Genk bij tante Fatima\","
                        + "\"handoverNote\":\"Praat graag over haar kinderen\"}")
                .post("/trajectories/" + trajectory + "/referral").then().statusCode(200);
        as(limburg).contentType("application/json")
                .body("{\"to\":\"stopped\",\"reason\":\"Vertrekt met haar man naar het buitenland\"}")
                .post("/trajectories/" + trajectory + "/transitions").then().statusCode(200);

        // The export: everything, for the newcomer's network (and administrators); logged as a read.
        as(westhoek).get("/newcomers/" + newcomer + "/export").then().statusCode(404);
        as(genkOfficer).get("/newcomers/" + newcomer + "/export").then().statusCode(403)
                .contentType("application/problem+json");
        JsonPath export = as(limburg).get("/newcomers/" + newcomer + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("inburgeraar-" + newcomer + "-gegevens.json"))
                .body("kind", equalTo("newcomer")).body("id", equalTo(String.valueOf(newcomer)))
                .body("exportedBy", equalTo(username(limburg)))
                .body("profile.firstName", equalTo("Yasmina")).body("profile.lastName", equalTo(family))
                .body("profile.email", equalTo(email)).body("profile.phone", equalTo("0470 12 34 56"))
                .body("profile.languages", contains("ar", "nl")).body("profile.networkId", equalTo("limburg"))
                .body("profile.integrationContractDate", equalTo("2025-01-15"))
                .body("consents.purpose", contains("matching")).body("consentHistory", hasSize(1))
                .body("eligibilityOverride.motivation", containsString("Karim"))
                .body("trajectories", hasSize(1))
                .body("trajectories[0].status", equalTo("stopped"))
                .body("trajectories[0].statusReason", containsString("buitenland"))
                .body("trajectories[0].confirmedHours", is(3.0f))
                .body("trajectories[0].placements[0].attributes", containsString("kapper van Karim"))
                .body("trajectories[0].hours.note", contains("Kwam samen met dochter Amira",
                        "Te laat door een afspraak bij de dokter"))
                .body("trajectories[0].hours.status", contains("confirmed", "rejected"))
                .body("trajectories[0].hours[1].rejectionReason", containsString("ziek"))
                .body("trajectories[0].hours[0].decidedBy", notNullValue())
                .body("trajectories[0].confirmationLinks[0].contactName", equalTo("Els Contact"))
                .body("trajectories[0].referrals[0].motivation", containsString("Fatima"))
                .body("trajectories[0].referrals[0].handoverNote", containsString("kinderen"))
                .body("trajectories[0].changes.size()", greaterThanOrEqualTo(3))
                .body("changes.size()", greaterThanOrEqualTo(3))
                .body("matching.status", equalTo("no-match"))
                .body("erasures", empty())
                .extract().jsonPath();
        assertThat(export.getList("changes.change", String.class)).contains("ADD", "MOD");
        api().get("/audit/reads?kind=newcomer&id=" + newcomer).then().statusCode(200)
                .body("items.by", hasItem(username(limburg)));

        // Somebody else in Limburg with an open trajectory; then the counts before.
        long open = createNewcomer(as(limburg), newcomer("Open", GENK, "running"));
        openTrajectory(as(limburg), open);
        int stoppedInLimburg = api().get("/trajectories?network=limburg&status=stopped").jsonPath()
                .getInt("totalItems");
        int newcomersInLimburg = api().get("/newcomers?network=limburg").jsonPath().getInt("totalItems");
        JsonPath before = api().get("/trajectories/" + trajectory).jsonPath();

        // Who may erase: administrators and the network's coordinators; an open trajectory first closes.
        as(limburgCoordinator).post("/newcomers/" + open + "/erasure").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("trajectory-open"));
        as(limburg).post("/newcomers/" + newcomer + "/erasure").then().statusCode(403);
        as(genkOfficer).post("/newcomers/" + newcomer + "/erasure").then().statusCode(403);
        as(westhoekCoordinator).post("/newcomers/" + newcomer + "/erasure").then().statusCode(404);
        as(limburgCoordinator).post("/newcomers/" + newcomer + "/erasure").then().statusCode(200)
                .body("kind", equalTo("newcomer")).body("id", equalTo(String.valueOf(newcomer)))
                .body("erasedAt", notNullValue()).body("erasedBy", equalTo(username(limburgCoordinator)))
                .body("alreadyErased", is(false));

        // No personal field readable.
        api().get("/newcomers/" + newcomer).then().statusCode(200)
                .body("firstName", equalTo("Verwijderd")).body("lastName", equalTo("Verwijderd"))
                .body("email", nullValue()).body("phone", nullValue()).body("languages", empty())
                .body("interests", empty()).body("availability", empty())
                .body("integrationContractDate", nullValue()).body("erasedAt", notNullValue())
                .body("eligibility.override.motivation", equalTo("(verwijderd)"))
                // what reports count stays
                .body("municipalityNis", equalTo(GENK)).body("networkId", equalTo("limburg"))
                .body("integrationStatus", equalTo("obliged")).body("dutchLevel", equalTo("A2"))
                .body("referralChannel", equalTo("agency"));
        api().get("/trajectories/" + trajectory).then().statusCode(200)
                .body("newcomerFirstName", equalTo("Verwijderd")).body("statusReason", equalTo("(verwijderd)"))
                .body("status", equalTo("stopped"))
                .body("confirmedHours", equalTo(before.getFloat("confirmedHours")))
                .body("hoursByCategory", equalTo(before.getList("hoursByCategory")));
        api().get("/trajectories/" + trajectory + "/placements").then()
                .body("items[0].attributes.role", nullValue()).body("items[0].typeId", equalTo("volunteering"))
                .body("items[0].reportingCategory", equalTo("volunteering"));
        api().get("/trajectories/" + trajectory + "/hours").then()
                .body("items.note", everyItem(nullValue())).body("items.rejectionReason", everyItem(nullValue()))
                .body("items.hours", containsInAnyOrder(3.0f, 2.0f))
                .body("items.status", containsInAnyOrder("confirmed", "rejected"));
        api().get("/trajectories/" + trajectory + "/referrals").then()
                .body("motivation", contains("(verwijderd)")).body("handoverNote", contains((Object) null));
        anonymous().get("/public/confirmations/" + token).then().statusCode(410);
        assertThat(api().get("/trajectories?network=limburg&status=stopped").jsonPath().getInt("totalItems"))
                .isEqualTo(stoppedInLimburg);
        assertThat(api().get("/newcomers?network=limburg").jsonPath().getInt("totalItems"))
                .isEqualTo(newcomersInLimburg);
        api().get("/newcomers?q=" + family).then().body("totalItems", is(0));

        // Nor in the audit history (administrators only), nor in a later export.
        as(limburgCoordinator).get("/audit/changes?kind=newcomer&id=" + newcomer).then().statusCode(403);
        String history = api().get("/audit/changes?kind=newcomer&id=" + newcomer + "&size=200").then()
                .statusCode(200).body("totalItems", greaterThanOrEqualTo(4))
                .body("items.state.lastName", everyItem(equalTo("Verwijderd")))
                .body("items.state.email", everyItem(nullValue()))
                .body("items[0].state.erasedAt", notNullValue())
                .extract().asString();
        String trajectoryHistory = api().get("/audit/changes?kind=trajectory&id=" + trajectory + "&size=200")
                .then().statusCode(200).body("totalItems", greaterThanOrEqualTo(3)).extract().asString();
        String after = as(limburgCoordinator).get("/newcomers/" + newcomer + "/export").then().statusCode(200)
                .body("erasures", hasSize(1)).body("erasures[0].by", equalTo(username(limburgCoordinator)))
                .body("trajectories[0].confirmedHours", is(3.0f))
                .body("trajectories[0].confirmationLinks[0].expiresAt", notNullValue())
                .extract().asString();
        for (String text : List.of(history, trajectoryHistory, after)) {
            assertThat(text).doesNotContain(family, "Yasmina", email, "0470 12 34 56", "Karim", "Amira", "dokter",
                    "ziek", "Fatima", "kinderen", "buitenland", "2025-01-15", "wed-afternoon", "cooking");
        }

        // Erased: nothing changes any more; asking again only clears the history again.
        as(limburgCoordinator).contentType("application/json")
                .header("If-Match", api().get("/newcomers/" + newcomer).header("ETag"))
                .body(newcomer("Terug", GENK, "running")).put("/newcomers/" + newcomer).then().statusCode(409)
                .body("type", containsString("person-erased"));
        as(limburg).contentType("application/json").body("{\"newcomerId\":" + newcomer + "}")
                .post("/trajectories").then().statusCode(409).body("type", containsString("person-erased"));
        api().post("/newcomers/" + newcomer + "/erasure").then().statusCode(200).body("alreadyErased", is(true));
    }

    @Test
    void theAuditLogShowsChangesOfNewcomersAndTrajectoriesToAdministratorsOnly() {
        participates(IEPER);
        Session westhoek = counsellor("westhoek");
        long newcomer = createNewcomer(as(westhoek), newcomer("Audit", IEPER, "running"));
        String etag = as(westhoek).get("/newcomers/" + newcomer).header("ETag");
        as(westhoek).contentType("application/json").header("If-Match", etag)
                .body(newcomer("Audit", IEPER, "running").replace("n@example.org", "nieuw@example.org"))
                .put("/newcomers/" + newcomer).then().statusCode(200);
        api().get("/audit/changes?kind=newcomer&id=" + newcomer).then().statusCode(200)
                .body("totalItems", is(2)).body("items.change", contains("MOD", "ADD"))
                .body("items[0].subjectKind", equalTo("newcomer"))
                .body("items[0].by", equalTo(username(westhoek)))
                .body("items[0].state.email", equalTo("nieuw@example.org"))
                .body("items[1].state.email", equalTo("n@example.org"));
        long trajectory = openTrajectory(as(westhoek), newcomer);
        api().get("/audit/changes?kind=trajectory&id=" + trajectory).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].state.status", equalTo("intake"))
                .body("items[0].state.newcomerId", is((int) newcomer));
        as(westhoek).get("/audit/changes?kind=newcomer").then().statusCode(403);
        api().get("/audit/changes?kind=nobody").then().statusCode(400)
                .body("violations.field", contains("kind"))
                .body("violations[0].message", containsString("newcomer"));
    }

    private long hours(Session as, long trajectory, long placement, int daysAgo, String hours, String note) {
        return as(as).contentType("application/json").body("{\"placementId\":" + placement + ",\"date\":\""
                        + TODAY.minusDays(daysAgo) + "\",\"hours\":" + hours + ",\"note\":\"" + note + "\"}")
                .post("/trajectories/" + trajectory + "/hours").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }
}
