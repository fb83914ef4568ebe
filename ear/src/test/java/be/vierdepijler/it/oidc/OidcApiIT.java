package be.vierdepijler.it.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import be.vierdepijler.it.ApiTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OpenID Connect against a real Keycloak (docs/adr/0021), from the side of whoever would get round it: bearer access
 * tokens (good, tampered, of another realm, expired, of a person without access, with an unverified address, of a
 * subject changed at the provider), the one-time ticket of the browser sign-in (used twice), and the pending list
 * (administrators only, then access given).
 */
class OidcApiIT extends ApiTest {

    private static final String ADMINISTRATOR_ADDRESS = "beheer.oidc@example.org";
    private static boolean apiAccountMade;

    @BeforeEach
    void keycloakAndTheApiClientsAccount() {
        Keycloak.ensureStarted(root());
        if (!apiAccountMade) {
            // kc-api's account, linked at its first call by the verified address
            account("api.westhoek", "arne.api@kc.example",
                    "\"role\":\"network-coordinator\",\"networkIds\":[\"westhoek\"]");
            // an administrator with an address, who hears of new pending sign-ins
            account("beheer.oidc", ADMINISTRATOR_ADDRESS, "\"role\":\"administrator\"");
            apiAccountMade = true;
        }
    }

    private RequestSpecification bearer(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    private static String accessToken(String username) {
        return Keycloak.token(Keycloak.REALM, Keycloak.CLIENT_SECRET, username, "access_token");
    }

    /** An account of the application made by its administrator, with the address the provider knows the person by. */
    private long account(String username, String email, String scope) {
        return api().contentType("application/json").body("{\"username\":\"" + username + "\",\"displayName\":\""
                        + username + "\",\"email\":\"" + email + "\"," + scope + ",\"password\":\"initial-pass-123\"}")
                .post("/users").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<String> pendingSubjectsNamed(String displayName) {
        return api().get("/pending-sign-ins?size=200").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.displayName == '" + displayName + "' }.subject");
    }

    private static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }

    @Test
    void aBearerTokenOfThePersonWithALinkedAccountWorksWithinTheirScopeAndAnyOtherTokenIsRefused() {
        String token = accessToken("kc-api");
        // linked at the first call by the verified address, with the role and scope of the account
        bearer(token).get("/session").then().statusCode(200).body("username", equalTo("api.westhoek"))
                .body("role", equalTo("network-coordinator")).body("networkIds", equalTo(List.of("westhoek")))
                .body("mustChangePassword", equalTo(false));
        bearer(token).get("/users").then().statusCode(200);
        // the initial password an administrator set still has to be changed by whoever signs in with it
        as(signInWithTheGivenPassword("api.westhoek", "initial-pass-123")).get("/users").then().statusCode(403)
                .body("type", equalTo("urn:vierdepijler:problem:password-change-required"));
        bearer(token).get("/audit/reads").then().statusCode(403);

        // tampered: a claim changed, the signature left as it was
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"kc-api\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        refused(bearer(tampered).get("/session"));
        // the same person, the same client id, another realm (another issuer, other keys)
        refused(bearer(Keycloak.token("other", "it-oidc-other-secret-1", "kc-api", "access_token")).get("/session"));
        // the ID token is no access token
        refused(bearer(Keycloak.token(Keycloak.REALM, Keycloak.CLIENT_SECRET, "kc-api", "id_token")).get("/session"));
        refused(bearer("not-a-token").get("/session"));
        refused(bearer("a.b.c").get("/users"));
        anonymous().header("Authorization", "Bearer ").get("/session").then().statusCode(401);
    }

    private static void refused(Response answer) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).isEqualTo("urn:vierdepijler:problem:invalid-token");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String token = accessToken("kc-api");
        // the test client's tokens live 15 s; the application allows 10 s of clock skew
        Thread.sleep(26_000);
        refused(bearer(token).get("/session"));
    }

    @Test
    void aPersonWithoutAnAccountWaitsForAnAdministratorWhoGivesAccess() {
        String token = accessToken("kc-unknown");
        Response answer = bearer(token).get("/session");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(403);
        assertThat(answer.jsonPath().getString("type")).isEqualTo("urn:vierdepijler:problem:oidc-pending");
        bearer(token).get("/networks").then().statusCode(403);

        List<String> pending = pendingSubjectsNamed("Urbain Onbekend");
        assertThat(pending).containsExactly(subjectOf(token));
        long id = api().get("/pending-sign-ins?size=200").jsonPath()
                .getLong("items.find { it.displayName == 'Urbain Onbekend' }.id");
        assertThat(api().get("/pending-sign-ins?size=200").jsonPath()
                .getString("items.find { it.id == " + id + " }.email")).isEqualTo("urbain.onbekend@kc.example");
        // the administrators heard of it, once, in a mail that names nobody
        assertThat(api().get("/mails?kind=pending-sign-in&size=200").jsonPath().getList(
                "items.findAll { it.reference == 'pending-sign-in:" + id + "' }.recipient", String.class))
                .containsOnlyOnce(ADMINISTRATOR_ADDRESS);
        bearer(token).get("/session").then().statusCode(403);
        assertThat(api().get("/mails?kind=pending-sign-in&size=200").jsonPath().getList(
                "items.findAll { it.reference == 'pending-sign-in:" + id + "' }.recipient", String.class))
                .as("not again at the next attempt").containsOnlyOnce(ADMINISTRATOR_ADDRESS);

        // a scope that does not fit the role: refused, nothing written
        api().contentType("application/json").body("{\"username\":\"urbain\",\"role\":\"viewer\",\"networkIds\":[\"westhoek\"]}")
                .post("/pending-sign-ins/" + id + "/access").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("networkIds"));
        bearer(token).get("/session").then().statusCode(403);

        api().contentType("application/json").body("{\"username\":\"urbain\",\"role\":\"viewer\"}")
                .post("/pending-sign-ins/" + id + "/access").then().statusCode(201)
                .body("username", equalTo("urbain")).body("displayName", equalTo("Urbain Onbekend"));
        assertThat(pendingSubjectsNamed("Urbain Onbekend")).isEmpty();
        bearer(accessToken("kc-unknown")).get("/session").then().statusCode(200).body("username", equalTo("urbain"))
                .body("role", equalTo("viewer")).body("mustChangePassword", equalTo(false));
        // handled once: the entry is gone
        api().contentType("application/json").body("{\"username\":\"urbain2\",\"role\":\"viewer\"}")
                .post("/pending-sign-ins/" + id + "/access").then().statusCode(404);
    }

    @Test
    void anUnverifiedAddressNeverLinksAnAccount() {
        long id = account("vera.local", "vera.onbevestigd@kc.example", "\"role\":\"viewer\"");
        bearer(accessToken("kc-unverified")).get("/session").then().statusCode(403)
                .body("type", equalTo("urn:vierdepijler:problem:oidc-pending"));
        assertThat(pendingSubjectsNamed("Vera Onbevestigd")).hasSize(1);
        api().get("/users/" + id).then().statusCode(200);
        // dismissed: gone from the list, still no access
        long pending = api().get("/pending-sign-ins?size=200").jsonPath()
                .getLong("items.find { it.displayName == 'Vera Onbevestigd' }.id");
        api().delete("/pending-sign-ins/" + pending).then().statusCode(204);
        assertThat(pendingSubjectsNamed("Vera Onbevestigd")).isEmpty();
    }

    @Test
    void anotherSubjectWithTheAddressOfALinkedAccountIsNotLetIn() {
        // kc-api-again: the provider's account re-created (a new subject) with kc-api's address
        bearer(accessToken("kc-api")).get("/session");
        Response answer = bearer(accessToken("kc-api-again")).get("/session");
        assertThat(answer.statusCode()).as(answer.asString()).isIn(403);
        assertThat(pendingSubjectsNamed("Arne Opnieuw")).hasSize(1);
    }

    @Test
    void aTicketOfTheBrowserSignInCountsOnceAndNonAdministratorsSeeNoPendingList() throws Exception {
        ProviderSignIn.TicketLink link = new ProviderSignIn().ticketLink(root(), "kc-unknown");
        assertThat(link.binding()).as("the binding cookie /oidc/login set").hasSize(43);
        Response first = noRedirects().cookie(ProviderSignIn.BINDING_COOKIE, link.binding()).get(link.address());
        assertThat(first.statusCode()).as(first.asString()).isIn(303, 302);
        // to the start page (signed in) or the page that says an administrator must give access
        assertThat(first.header("Location")).isIn(root() + "/", root() + "/toegang-gevraagd.html");
        assertThat(first.header("Set-Cookie")).as("the binding is forgotten").startsWith("VPOIDCBINDING=;")
                .contains("Max-Age=0");
        Response again = noRedirects().cookie(ProviderSignIn.BINDING_COOKIE, link.binding()).get(link.address());
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(401);
        assertThat(again.jsonPath().getString("type")).isEqualTo("urn:vierdepijler:problem:invalid-ticket");
        noRedirects().get(root() + "/api/v1/session/oidc?ticket=made-up").then().statusCode(401);
        noRedirects().get(root() + "/api/v1/session/oidc").then().statusCode(401);

        account("viewer.pending", "viewer.pending@example.org", "\"role\":\"viewer\"");
        Session viewer = signIn("viewer.pending", "initial-pass-123");
        as(viewer).get("/pending-sign-ins").then().statusCode(403);
    }

    /**
     * Login CSRF: a person signs in at the provider and sends the ticket link to someone else, who would otherwise work
     * in the sender's account unawares. Without the binding cookie of the browser that signed in, or with another
     * sign-in's, the link signs nobody in and opens no session, and it is spent.
     */
    @Test
    void aTicketLinkOpenedInAnotherBrowserSignsNobodyIn() throws Exception {
        ProviderSignIn.TicketLink sent = new ProviderSignIn().ticketLink(root(), "kc-api");
        ProviderSignIn.TicketLink own = new ProviderSignIn().ticketLink(root(), "kc-api");

        Response elsewhere = noRedirects().get(sent.address());
        assertThat(elsewhere.statusCode()).as(elsewhere.asString()).isEqualTo(401);
        assertThat(elsewhere.jsonPath().getString("type")).isEqualTo("urn:vierdepijler:problem:invalid-ticket");
        assertThat(elsewhere.getCookie("VPSESSION")).as("no session opened").isNull();
        Response afterwards = noRedirects().cookie(ProviderSignIn.BINDING_COOKIE, sent.binding()).get(sent.address());
        assertThat(afterwards.statusCode()).as("spent: " + afterwards.asString()).isEqualTo(401);

        Response crossed = noRedirects().cookie(ProviderSignIn.BINDING_COOKIE, sent.binding()).get(own.address());
        assertThat(crossed.statusCode()).as("another sign-in's binding: " + crossed.asString()).isEqualTo(401);
        assertThat(crossed.getCookie("VPSESSION")).isNull();

        ProviderSignIn.TicketLink third = new ProviderSignIn().ticketLink(root(), "kc-api");
        Response home = noRedirects().cookie(ProviderSignIn.BINDING_COOKIE, third.binding()).get(third.address());
        assertThat(home.statusCode()).as("the browser that signed in: " + home.asString()).isEqualTo(303);
        assertThat(home.getCookie("VPSESSION")).isNotNull();
    }

    /**
     * Behind the proxy that ends TLS on the same host (docs/installation.md), the provider is given the https address
     * to return to, which it has registered; the same X-Forwarded-Proto from any other address changes nothing
     * (VP_TLS_PROXY, configure.cli). The other address: this client bound to 127.0.0.2, which is loopback too.
     */
    @Test
    void behindTheTlsProxyTheProviderIsGivenTheHttpsAddressButNotOnAnyoneElsesWord() throws Exception {
        Response plain = noRedirects().header("Host", "vierdepijler.example.be").get(root() + "/oidc/login");
        assertThat(redirectUri(plain)).isEqualTo("http://vierdepijler.example.be/oidc/login");

        Response viaProxy = noRedirects().header("Host", "vierdepijler.example.be")
                .header("X-Forwarded-Proto", "https").get(root() + "/oidc/login");
        assertThat(redirectUri(viaProxy)).isEqualTo("https://vierdepijler.example.be/oidc/login");

        Response elsewhere = noRedirects().config(io.restassured.RestAssured.config().httpClient(
                        io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.route.local-address",
                                java.net.InetAddress.getByName("127.0.0.2"))))
                .header("Host", "vierdepijler.example.be").header("X-Forwarded-Proto", "https")
                .get(root() + "/oidc/login");
        assertThat(redirectUri(elsewhere)).as("X-Forwarded-Proto from 127.0.0.2").isEqualTo(
                "http://vierdepijler.example.be/oidc/login");
    }

    /** The redirect_uri the sign-in hands the provider, from the redirect to its authorization end-point. */
    private static String redirectUri(Response answer) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(302);
        String location = answer.header("Location");
        assertThat(location).startsWith(Keycloak.realmUrl(Keycloak.REALM));
        java.util.regex.Matcher uri = java.util.regex.Pattern.compile("[?&]redirect_uri=([^&]+)").matcher(location);
        assertThat(uri.find()).as(location).isTrue();
        return java.net.URLDecoder.decode(uri.group(1), StandardCharsets.UTF_8);
    }

    private static RequestSpecification noRedirects() {
        return io.restassured.RestAssured.given().redirects().follow(false).accept("text/html,application/json");
    }

    @Test
    void theSignInPageLearnsWhetherTheProviderIsOn() {
        anonymous().get("/session/oidc/provider").then().statusCode(200).body("name", equalTo("Keycloak"))
                .body("signInUrl", equalTo("/oidc/login"));
    }
}
