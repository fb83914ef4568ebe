package be.vierdepijler.it;

import io.restassured.response.Response;
import java.time.LocalDate;

/** Organisations, offers and buddies to place newcomers in, on top of {@link TrajectoryTestSupport}. */
abstract class PlacementTestSupport extends TrajectoryTestSupport {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));

    long organisation(String name) {
        return api().contentType("application/json").body("{\"name\":\"" + name + " " + unique()
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"" + IEPER
                        + "\",\"contacts\":[{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}]}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A published offer of this type and category, with a contact person who confirms hours. */
    long offer(long organisation, String type, String category, int capacity) {
        return api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"" + type + "\",\"reportingCategory\":\"" + category
                        + "\",\"title\":\"Aanbod " + type + " " + unique() + "\",\"municipalityNis\":\"" + IEPER
                        + "\",\"requiredLevel\":\"A1\",\"capacity\":" + capacity + ",\"status\":\"published\","
                        + "\"contact\":{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A screened, trained, active buddy of Ieper who takes {@code capacity} duos. */
    long buddy(int capacity) {
        return api().contentType("application/json").body("{\"firstName\":\"Bart\",\"lastName\":\"Buddy" + unique()
                        + "\",\"email\":\"bart@example.org\",\"municipalityNis\":\"" + IEPER + "\",\"languages\":[\"nl\",\"ar\"],"
                        + "\"screening\":\"screened\",\"training\":\"trained\",\"trainedOn\":\"2025-01-01\","
                        + "\"capacity\":" + capacity + ",\"status\":\"active\",\"consents\":{\"matching\":true}}")
                .post("/buddies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    Response placeInOffer(Session as, long trajectory, String type, long offer, String attributes, int daysAgo) {
        return as(as).contentType("application/json").body("{\"typeId\":\"" + type + "\",\"offerId\":" + offer
                + ",\"startDate\":\"" + TODAY.minusDays(daysAgo) + "\",\"attributes\":" + attributes + "}")
                .post("/trajectories/" + trajectory + "/placements");
    }

    long placeWithBuddy(Session as, long trajectory, long buddy, int daysAgo) {
        return as(as).contentType("application/json").body("{\"typeId\":\"buddy\",\"buddyId\":" + buddy
                        + ",\"startDate\":\"" + TODAY.minusDays(daysAgo) + "\",\"attributes\":{\"meetingRhythm\":"
                        + "\"weekly\",\"sharedLanguages\":[\"nl\",\"ar\"]}}")
                .post("/trajectories/" + trajectory + "/placements").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static final String CONVERSATION = "{\"subtype\":\"conversation-group\",\"setting\":\"group\",\"groupSize\":8}";

    Response report(Session as, long trajectory, long placement, LocalDate day, String hours) {
        return as(as).contentType("application/json").body("{\"placementId\":" + placement + ",\"date\":\"" + day
                + "\",\"hours\":" + hours + "}").post("/trajectories/" + trajectory + "/hours");
    }

    long reported(Session as, long trajectory, long placement, LocalDate day, String hours) {
        return report(as, trajectory, placement, day, hours).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }
}
