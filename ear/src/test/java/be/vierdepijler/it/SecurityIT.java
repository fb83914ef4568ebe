package be.vierdepijler.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Signing in and out, the back-off, CSRF, Basic for API clients, and the security headers. */
class SecurityIT extends ApiTest {

    private String createUser(String prefix, String password) {
        return createUser(prefix, "\"role\":\"viewer\"", password);
    }

    /** A user with this role and scope (JSON members) and this password, which an administrator set. */
    private String createUser(String prefix, String roleAndScope, String password) {
        String username = prefix + "." + System.nanoTime();
        api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\"Test "
                        + prefix + "\"," + roleAndScope + ",\"password\":\"" + password + "\"}")
                .post("/users").then().statusCode(201);
        return username;
    }

    @Test
    void anonymousCallsToDataEndpointsAre401Problems() {
        anonymous().get("/networks").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        anonymous().header("X-Requested-With", "vierdepijler-ui").get("/municipalities/44021").then().statusCode(401)
                .header("WWW-Authenticate", nullValue());
        anonymous().get("/users").then().statusCode(401);
        anonymous().get("/trajectory-types").then().statusCode(401);
    }

    @Test
    void aWrongPasswordIs401WithoutSayingWhichPartWasWrong() {
        anonymous().contentType("application/json").body("{\"username\":\"admin\",\"password\":\"wrong-one\"}")
                .post("/session").then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("gebruikersnaam of het wachtwoord"))
                .header("Set-Cookie", nullValue());
        anonymous().contentType("application/json").body("{\"username\":\"nobody\",\"password\":\"whatever-pw\"}")
                .post("/session").then().statusCode(401)
                .body("type", equalTo("urn:vierdepijler:problem:invalid-credentials"));
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilAnAdministratorResetsIt() {
        String password = "right-password-123";
        String username = createUser("lock", password);
        for (int i = 0; i < 5; i++) {
            anonymous().contentType("application/json")
                    .body("{\"username\":\"" + username + "\",\"password\":\"wrong-" + i + "\"}")
                    .post("/session").then().statusCode(401);
        }
        anonymous().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .post("/session").then().statusCode(401)
                .body("type", equalTo("urn:vierdepijler:problem:account-locked"));
        long id = api().get("/users?q=" + username).jsonPath().getLong("items[0].id");
        api().get("/users/" + id).then().body("locked", is(true));
        api().contentType("application/json").body("{\"password\":\"a-new-password-456\"}")
                .put("/users/" + id + "/password").then().statusCode(200).body("locked", is(false))
                .body("mustChangePassword", is(true));
        Session session = signIn(username, "a-new-password-456");
        as(session).get("/session").then().statusCode(200).body("username", equalTo(username));
    }

    @Test
    void aPasswordAnAdministratorSetMustBeReplacedBeforeTheApiServesAnythingElse() {
        String given = "given-password-123";
        String username = createUser("must", given);
        Session session = signInWithTheGivenPassword(username, given);
        as(session).get("/session").then().statusCode(200).body("mustChangePassword", is(true));
        as(session).get("/networks").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:vierdepijler:problem:password-change-required"))
                .body("detail", containsString("eigen wachtwoord"));
        as(session).contentType("application/json").body("{}").post("/organisations").then().statusCode(403)
                .body("type", equalTo("urn:vierdepijler:problem:password-change-required"));
        // API clients with Basic credentials too, not only the UI's session.
        anonymous().auth().preemptive().basic(username, given).get("/trajectory-types").then().statusCode(403)
                .body("type", equalTo("urn:vierdepijler:problem:password-change-required"));

        as(session).contentType("application/json")
                .body("{\"currentPassword\":\"" + given + "\",\"newPassword\":\"my-own-password-456\"}")
                .put("/session/password").then().statusCode(204);
        as(session).get("/networks").then().statusCode(200);
        as(session).get("/session").then().body("mustChangePassword", is(false));

        // A reset by an administrator applies to the open session at its next call.
        long id = api().get("/users?q=" + username).jsonPath().getLong("items[0].id");
        api().contentType("application/json").body("{\"password\":\"reset-password-789\"}")
                .put("/users/" + id + "/password").then().statusCode(200);
        as(session).get("/networks").then().statusCode(403)
                .body("type", equalTo("urn:vierdepijler:problem:password-change-required"));
        as(session).delete("/session").then().statusCode(204);
    }

    /**
     * An administrator's reset skips the current password, for others' accounts: on their own it would let whoever finds
     * an administrator's browser unattended take the account over without knowing its password. Their own goes through
     * PUT /session/password, which asks for the current one.
     */
    @Test
    void anAdministratorCannotResetTheirOwnPasswordWithoutTheCurrentOne() {
        String username = createUser("selfreset", "\"role\":\"administrator\"", "given-password-123");
        Session session = signInWithTheGivenPassword(username, "given-password-123");
        as(session).contentType("application/json")
                .body("{\"currentPassword\":\"given-password-123\",\"newPassword\":\"own-password-456\"}")
                .put("/session/password").then().statusCode(204);
        long own = as(session).get("/users?q=" + username).jsonPath().getLong("items[0].id");

        as(session).contentType("application/json").body("{\"password\":\"taken-over-789\"}")
                .put("/users/" + own + "/password").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("password")).body("violations[0].code", equalTo("self"));
        as(session).get("/users/" + own).then().body("mustChangePassword", is(false));
        anonymous().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"taken-over-789\"}")
                .post("/session").then().statusCode(401);
        signIn(username, "own-password-456");
        // another administrator's reset of that account still works
        api().contentType("application/json").body("{\"password\":\"reset-by-other-789\"}")
                .put("/users/" + own + "/password").then().statusCode(200).body("mustChangePassword", is(true));
    }

    @Test
    void aStateChangingCallInASessionNeedsTheSessionsCsrfToken() {
        Session session = signIn("admin", ADMIN_PASSWORD);
        String etag = as(session).get("/municipalities/11001").header("ETag");
        String body = "{\"participatingFrom\":\"2023-01-01\"}";
        anonymous().cookie("VPSESSION", session.cookie()).header("If-Match", etag).contentType("application/json")
                .body(body).put("/municipalities/11001/membership").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:vierdepijler:problem:csrf"));
        anonymous().cookie("VPSESSION", session.cookie()).header("X-CSRF-Token", "forged")
                .header("If-Match", etag).contentType("application/json")
                .body(body).put("/municipalities/11001/membership").then().statusCode(403);
        // Reads need no token, and nothing was written by the refused calls.
        anonymous().cookie("VPSESSION", session.cookie()).get("/municipalities/11001").then().statusCode(200)
                .header("ETag", equalTo(etag));
        as(session).header("If-Match", etag).contentType("application/json").body(body)
                .put("/municipalities/11001/membership").then().statusCode(200);
    }

    @Test
    void theSessionSaysWhatTheCallerMayDoAndTheApiAgrees() {
        Session admin = signIn("admin", ADMIN_PASSWORD);
        as(admin).get("/session").then().statusCode(200).body("may.manageFunding", is(true))
                .body("may.calculateAllocations", is(true)).body("may.eraseNewcomers", is(true))
                .body("may.grantRoles", hasSize(6));

        String counsellor = createUser("counsellor", "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"]",
                "a-password-123");
        Session session = signIn(counsellor, "a-password-123");
        as(session).get("/session").then().statusCode(200).body("may.manageNewcomers", is(true))
                .body("may.followTrajectories", is(true)).body("may.manageBuddies", is(true))
                .body("may.eraseNewcomers", is(false)).body("may.eraseBuddies", is(false))
                .body("may.decideMatches", is(false)).body("may.publishOffers", is(false))
                .body("may.manageFunding", is(false)).body("may.grantRoles", empty());
        // what the flags say is what the API does: no funding call, no proposal of duos for a counsellor
        as(session).contentType("application/json").body("{\"reference\":\"Sessie " + System.nanoTime()
                        + "\",\"name\":\"Oproep\",\"kind\":\"pilot-call\",\"funders\":[{\"funder\":\"AMIF\","
                        + "\"sharePercent\":100}],\"totalBudget\":1000}")
                .post("/funding/calls").then().statusCode(403);
        as(session).post("/matches/proposals?network=westhoek").then().statusCode(403);

        String officer = createUser("officer", "\"role\":\"local-officer\",\"municipalityNis\":\"33021\"",
                "a-password-123");
        as(signIn(officer, "a-password-123")).get("/session").then().statusCode(200)
                .body("may.publishOffers", is(true)).body("may.registerOrganisations", is(true))
                .body("may.manageNewcomers", is(false)).body("may.decideHours", is(false));

        String coordinator = createUser("coordinator",
                "\"role\":\"network-coordinator\",\"networkIds\":[\"westhoek\"]", "a-password-123");
        as(signIn(coordinator, "a-password-123")).get("/session").then().statusCode(200)
                .body("may.decideMatches", is(true)).body("may.eraseBuddies", is(true))
                .body("may.manageFunding", is(false))
                .body("may.grantRoles", contains("local-officer", "organisation-contact"));

        String viewer = createUser("viewer", "a-password-123");
        as(signIn(viewer, "a-password-123")).get("/session").then().statusCode(200)
                .body("may.manageNewcomers", is(false)).body("may.publishOffers", is(false))
                .body("may.decideHours", is(false)).body("may.grantRoles", empty());
    }

    @Test
    void aClosedSessionNoLongerSignsAnybodyIn() {
        Session session = signIn("admin", ADMIN_PASSWORD);
        as(session).get("/session").then().statusCode(200).body("role", equalTo("administrator"))
                .body("csrfToken", equalTo(session.csrfToken()));
        as(session).delete("/session").then().statusCode(204);
        as(session).get("/session").then().statusCode(401);
        as(session).get("/networks").then().statusCode(401);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        String setCookie = anonymous().contentType("application/json")
                .body("{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}")
                .post("/session").header("Set-Cookie");
        org.assertj.core.api.Assertions.assertThat(setCookie).contains("VPSESSION=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void apiClientsSignInWithBasicAndWrongBasicCredentialsAre401() {
        anonymous().auth().preemptive().basic("admin", ADMIN_PASSWORD).get("/networks").then().statusCode(200)
                .body("totalItems", is(18));
        anonymous().auth().preemptive().basic("admin", "not-the-password").get("/networks").then().statusCode(401)
                .contentType("application/problem+json");
        // No cookie rides on Basic: a state-changing call needs no CSRF token.
        String etag = anonymous().auth().preemptive().basic("admin", ADMIN_PASSWORD).get("/municipalities/11004")
                .header("ETag");
        anonymous().auth().preemptive().basic("admin", ADMIN_PASSWORD).header("If-Match", etag)
                .contentType("application/json").body("{\"participatingFrom\":\"2023-01-01\"}")
                .put("/municipalities/11004/membership").then().statusCode(200);
    }

    @Test
    void usersChangeTheirOwnPassword() {
        String username = createUser("pw", "first-password-1");
        Session session = signIn(username, "first-password-1");
        as(session).contentType("application/json")
                .body("{\"currentPassword\":\"wrong\",\"newPassword\":\"short\"}")
                .put("/session/password").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.contains("currentPassword", "newPassword"));
        as(session).contentType("application/json")
                .body("{\"currentPassword\":\"first-password-1\",\"newPassword\":\"second-password-2\"}")
                .put("/session/password").then().statusCode(204);
        signIn(username, "second-password-2");
    }

    @Test
    void answersCarrySecurityHeadersAndNoServerVersion() {
        api().get("/networks").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", "no-store")
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue());
        RestAssured.given().get(root() + "/api/v1/nothing-here").then()
                .header("X-Content-Type-Options", "nosniff")
                .body(not(containsString("Exception")));
    }

    @Test
    void theUserListNeverShowsAPasswordHash() {
        api().get("/users?q=admin").then().statusCode(200)
                .body("items[0].username", equalTo("admin"))
                .body("items[0].passwordHash", nullValue())
                .body("items[0].role", notNullValue())
                .body(not(containsString("PBKDF2")));
    }

    /**
     * Static files and the public list of municipalities go out gzipped to a client that asks (a newcomer's phone on a
     * slow connection); answers of the API that can hold a secret never do (BREACH): not the session with its CSRF
     * token, not a list an attacker's query is reflected in.
     */
    @Test
    void staticFilesAreCompressedAndAnswersWithSecretsAreNot() throws IOException, InterruptedException {
        for (String path : new String[] {"/aanbod/js/finder.js", "/aanbod/i18n/ar.json", "/aanbod/aanbod.css",
                "/i18n/nl.json", "/app/main.js", "/api/v1/public/municipalities"}) {
            RestAssured.given().baseUri(root()).header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                    .header("Content-Encoding", equalTo("gzip"));
            // a client that does not ask gets the file as it is (RestAssured always asks, so plain HTTP here)
            HttpResponse<byte[]> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(root() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            org.assertj.core.api.Assertions.assertThat(plain.statusCode()).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(plain.headers().firstValue("Content-Encoding")).as(path)
                    .isEmpty();
        }
        api().header("Accept-Encoding", "gzip").get("/session").then().statusCode(200)
                .header("Content-Encoding", nullValue());
        api().header("Accept-Encoding", "gzip").get("/users?q=admin").then().statusCode(200)
                .header("Content-Encoding", nullValue());
        anonymous().header("Accept-Encoding", "gzip").get("/public/offers?q=praten").then().statusCode(200)
                .header("Content-Encoding", nullValue());
    }
}
