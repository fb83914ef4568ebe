package be.vierdepijler.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The application's API as the web UI calls it: signed in through {@code POST /api/v1/session}, a session cookie and its CSRF token. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String root;
    private final String cookie;
    private final String csrf;

    private Api(String root, String cookie, String csrf) {
        this.root = root;
        this.cookie = cookie;
        this.csrf = csrf;
    }

    static Api signIn(String root, String username, String password) throws Exception {
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("username", username).put("password", password));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/session"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("sign-in of %s: %s", username, response.body()).isEqualTo(200);
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("VPSESSION=")).map(header -> header.split(";", 2)[0])
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
        return new Api(root, cookie, JSON.readTree(response.body()).path("csrfToken").asText());
    }

    /** GET /api/v1/{path}; asserts 200 and returns the JSON. */
    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/" + path))
                .header("Accept", "application/json").header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
