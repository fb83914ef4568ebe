package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every black-box test of the API shares: the deployed EAR's base URL, and requests that speak JSON as a signed-in
 * user. {@link #api()} is the first administrator's session (signed in once per test class, as the web UI does: a
 * session cookie plus its CSRF token); {@link #as(Session)} any other user's; {@link #anonymous()} nobody's. A
 * subclass runs against the EAR Maven built ({@link DefaultDeployment}), with the fixtures it names in {@link Fixtures}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ApiTest {

    /** The first administrator's password on the test server (see ear/pom.xml). */
    protected static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "it-admin-password-1");

    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();

    @ArquillianResource
    protected URL base;

    /** A signed-in session of the web UI: its cookie and CSRF token. */
    public record Session(String cookie, String csrfToken) {
    }

    /** A request as the first administrator. */
    protected RequestSpecification api() {
        return as(SESSIONS.computeIfAbsent(getClass().getName() + "@" + base, k -> signIn("admin", ADMIN_PASSWORD)));
    }

    protected RequestSpecification as(Session session) {
        return anonymous().cookie("VPSESSION", session.cookie()).header("X-CSRF-Token", session.csrfToken());
    }

    protected RequestSpecification anonymous() {
        return RestAssured.given().baseUri(root()).basePath("/api/v1").accept("application/json");
    }

    /**
     * Signs in through {@code POST /session} and fails the test when that does not work. A user signing in with a
     * password an administrator set must choose their own before the API serves them anything else; here they choose
     * the one they were given (see {@link #choosePassword}), so that a test can go on with it.
     */
    protected Session signIn(String username, String password) {
        Response response = signInAnswer(username, password);
        Session session = new Session(response.cookie("VPSESSION"), response.jsonPath().getString("csrfToken"));
        if (response.jsonPath().getBoolean("mustChangePassword")) {
            choosePassword(session, password);
        }
        return session;
    }

    /** Signs in and leaves a password an administrator set as it is: the API then answers 403 to nearly everything. */
    protected Session signInWithTheGivenPassword(String username, String password) {
        Response response = signInAnswer(username, password);
        return new Session(response.cookie("VPSESSION"), response.jsonPath().getString("csrfToken"));
    }

    /**
     * The signed-in user replaces the password an administrator set by their own: the same text, by way of another
     * one, since the API never takes the current password as the new one.
     */
    protected void choosePassword(Session session, String password) {
        String interim = password + "-interim";
        for (String[] change : new String[][] {{password, interim}, {interim, password}}) {
            as(session).contentType("application/json").body("{\"currentPassword\":\"" + change[0]
                    + "\",\"newPassword\":\"" + change[1] + "\"}").put("/session/password").then().statusCode(204);
        }
    }

    private Response signInAnswer(String username, String password) {
        Response response = anonymous().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").post("/session");
        assertThat(response.statusCode()).as("sign-in of %s: %s", username, response.asString()).isEqualTo(200);
        return response;
    }

    /** The server root, e.g. {@code http://127.0.0.1:8180}. */
    protected String root() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The management interface, where {@code /health} is served. */
    protected String management() {
        return "http://" + base.getHost() + ":" + Integer.getInteger("it.management.port", 10090);
    }
}
