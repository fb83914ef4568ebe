package be.vierdepijler.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One user's client of the API, as the web UI is one: it signs in with {@code POST /api/v1/session}, keeps the
 * session cookie and sends the session's CSRF token with every call. Not thread-safe in its token; give each simulated
 * user its own. A call that gets no answer (connection refused or reset, timeout) is returned as status 0 with the
 * exception's message, never thrown: the reliability tests count those as errors of the class "no answer".
 */
public final class ApiClient {

    /** What came back: status 0 means no answer at all. */
    public record Answer(int status, Map<String, java.util.List<String>> headers, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (status " + status + "): " + abbreviate(body), e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;
    private volatile String csrf;

    public ApiClient(String base, Duration timeout) {
        this.base = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    public ApiClient(String base) {
        this(base, Duration.ofSeconds(30));
    }

    /** Signs in and keeps the session's CSRF token; fails loudly when the server refuses. */
    public JsonNode signIn(String username, String password) {
        Answer answer = send("POST", "/api/v1/session",
                MAPPER.createObjectNode().put("username", username).put("password", password).toString());
        if (!answer.ok()) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + answer.status() + " "
                    + abbreviate(answer.body()));
        }
        JsonNode session = answer.json();
        csrf = session.path("csrfToken").asText(null);
        return session;
    }

    /**
     * Signs in as the first administrator {@code admin}, created by the server with {@code VP_ADMIN_PASSWORD}. That
     * password must be replaced at the first sign-in: this does so once, to {@code password + "-changed"}, and later
     * signs in with whichever of the two the server accepts.
     */
    public JsonNode signInAsAdministrator(String password) {
        String changed = password + "-changed";
        Answer first = send("POST", "/api/v1/session",
                MAPPER.createObjectNode().put("username", "admin").put("password", changed).toString());
        if (first.ok()) {
            csrf = first.json().path("csrfToken").asText(null);
            return first.json();
        }
        JsonNode session = signIn("admin", password);
        if (session.path("mustChangePassword").asBoolean()) {
            Answer change = send("PUT", "/api/v1/session/password", MAPPER.createObjectNode()
                    .put("currentPassword", password).put("newPassword", changed).toString());
            if (!change.ok()) {
                throw new IllegalStateException("Password change refused: " + change.status() + " "
                        + abbreviate(change.body()));
            }
            return signIn("admin", changed);
        }
        return session;
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    /** A JSON body (or none when null) with the session's CSRF token. */
    public Answer send(String method, String path, String jsonBody) {
        return send(method, path, jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8),
                jsonBody == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    /** Any bytes with any headers: what a hostile client sends. The CSRF token is added unless given. */
    public Answer send(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (csrf != null && headers.keySet().stream().noneMatch("X-CSRF-Token"::equalsIgnoreCase)) {
            request.header("X-CSRF-Token", csrf);
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            return new Answer(0, Map.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, Map.of(), "interrupted");
        }
    }

    public URI base() {
        return base;
    }

    static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
