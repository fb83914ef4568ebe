package be.vierdepijler.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** What /users tells of an account's scope: the names of its municipality and organisation, not only their codes. */
class UsersIT extends ApiTest {

    @Test
    void aScopeIsNamedInTheListAndInOneAccount() {
        String suffix = Long.toString(System.nanoTime(), 36);
        long organisationId = api().contentType("application/json").body("{\"name\":\"Scope vzw " + suffix
                        + "\",\"kind\":\"association\",\"municipalityNis\":\"33021\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        long contactId = api().contentType("application/json").body("{\"username\":\"scope.contact." + suffix
                        + "\",\"displayName\":\"Contact\",\"role\":\"organisation-contact\",\"organisationId\":"
                        + organisationId + ",\"password\":\"scope-password-1\"}")
                .post("/users").then().statusCode(201)
                .body("organisationName", equalTo("Scope vzw " + suffix))
                .body("municipalityName", nullValue())
                .extract().jsonPath().getLong("id");
        api().contentType("application/json").body("{\"username\":\"scope.officer." + suffix
                        + "\",\"displayName\":\"Officer\",\"role\":\"local-officer\",\"municipalityNis\":\"33021\","
                        + "\"password\":\"scope-password-1\"}")
                .post("/users").then().statusCode(201);

        api().get("/users/" + contactId).then().statusCode(200)
                .body("organisationName", equalTo("Scope vzw " + suffix));
        api().queryParam("q", "scope.officer." + suffix).get("/users").then().statusCode(200)
                .body("items[0].municipalityNis", equalTo("33021"))
                .body("items[0].municipalityName", equalTo("Poperinge"))
                .body("items[0].organisationName", nullValue());
    }
}
