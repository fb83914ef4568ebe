package be.vierdepijler.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/** Opening trajectories, their guarded transitions, plan changes under If-Match, scope. */
class TrajectoriesIT extends TrajectoryTestSupport {

    @Test
    void intakeToActiveNeedsAnEligibleNewcomerOrAnOverride() {
        Session counsellor = counsellor("westhoek");
        long newcomer = createNewcomer(as(counsellor), newcomer("Intake", IEPER, "none"));
        long id = openTrajectory(as(counsellor), newcomer);
        as(counsellor).get("/trajectories/" + id).then().statusCode(200)
                .body("status", equalTo("intake")).body("targetHours", is(40.0f))
                .body("confirmedHours", is(0.0f)).body("progressPercent", is(0))
                .body("counsellor", containsString("counsellor-westhoek")).body("newcomerFirstName", equalTo("Intake"));
        as(counsellor).contentType("application/json").body("{\"newcomerId\":" + newcomer + "}")
                .post("/trajectories").then().statusCode(409).body("type", containsString("already-open"));
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("inburgeringstraject"));
        as(counsellor).contentType("application/json")
                .header("If-Match", as(counsellor).get("/newcomers/" + newcomer).header("ETag"))
                .body("{\"motivation\":\"Start binnenkort een nieuw inburgeringstraject.\"}")
                .post("/newcomers/" + newcomer + "/eligibility-override").then().statusCode(200);
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("active")).body("startedOn", notNullValue());
        as(counsellor).contentType("application/json").body("{\"to\":\"completed\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(409)
                .body("type", containsString("completion-is-derived"));
    }

    @Test
    void stoppingNeedsAReasonAndClosesTheTrajectory() {
        Session counsellor = counsellor("westhoek");
        long id = activeTrajectory(counsellor, "Stop");
        as(counsellor).contentType("application/json").body("{\"to\":\"stopped\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(400)
                .body("violations.field", contains("reason"));
        as(counsellor).contentType("application/json").body("{\"to\":\"later\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(400)
                .body("violations.field", contains("to"));
        as(counsellor).contentType("application/json").body("{\"to\":\"stopped\",\"reason\":\"Verhuisd\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("stopped")).body("statusReason", equalTo("Verhuisd"));
        as(counsellor).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(409);
        as(counsellor).contentType("application/json")
                .header("If-Match", as(counsellor).get("/trajectories/" + id).header("ETag"))
                .body("{\"deadline\":\"2027-01-01\"}").put("/trajectories/" + id).then().statusCode(409);
    }

    @Test
    void thePlanChangesUnderIfMatchAndAnotherTargetNeedsAReason() {
        Session counsellor = counsellor("westhoek");
        long id = activeTrajectory(counsellor, "Plan");
        String etag = as(counsellor).get("/trajectories/" + id).header("ETag");
        as(counsellor).contentType("application/json").body("{\"targetHours\":30}").put("/trajectories/" + id)
                .then().statusCode(428);
        as(counsellor).contentType("application/json").header("If-Match", etag).body("{\"targetHours\":30}")
                .put("/trajectories/" + id).then().statusCode(400).body("violations.field", contains("targetReason"));
        as(counsellor).contentType("application/json").header("If-Match", etag)
                .body("{\"targetHours\":\"veertig\",\"deadline\":\"morgen\"}").put("/trajectories/" + id).then()
                .statusCode(400).body("violations.field", contains("targetHours", "deadline"));
        as(counsellor).contentType("application/json").header("If-Match", etag)
                .body("{\"targetHours\":30,\"targetReason\":\"Werkt voltijds\",\"deadline\":\"2027-06-30\"}")
                .put("/trajectories/" + id).then().statusCode(200).body("targetHours", is(30.0f))
                .body("deadline", equalTo("2027-06-30"));
        as(counsellor).contentType("application/json").header("If-Match", etag)
                .body("{\"targetHours\":40}").put("/trajectories/" + id).then().statusCode(412);
    }

    @Test
    void outOfScopeTrajectoriesAreNotFound() {
        Session westhoek = counsellor("westhoek");
        Session limburg = counsellor("limburg");
        long id = activeTrajectory(westhoek, "Ver");
        as(limburg).get("/trajectories/" + id).then().statusCode(404).contentType("application/problem+json");
        as(limburg).get("/trajectories/" + id + "/hours").then().statusCode(404);
        as(limburg).contentType("application/json").body("{\"to\":\"stopped\",\"reason\":\"x\"}")
                .post("/trajectories/" + id + "/transitions").then().statusCode(404);
        as(limburg).get("/trajectories?size=200").then().statusCode(200)
                .body("items.networkId", everyItem(equalTo("limburg")));
        as(limburg).contentType("application/json").body("{\"newcomerId\":"
                + as(westhoek).get("/trajectories/" + id).jsonPath().getLong("newcomerId") + "}")
                .post("/trajectories").then().statusCode(400).body("violations.field", contains("newcomerId"));
        Session viewer = user("viewer", "\"role\":\"viewer\"");
        as(viewer).get("/trajectories").then().statusCode(403);
        api().get("/audit/reads?kind=trajectory&id=" + id).then().statusCode(200).body("totalItems", is(1));
    }
}
