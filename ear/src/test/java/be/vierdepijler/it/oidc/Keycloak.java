package be.vierdepijler.it.oidc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real OpenID Connect provider of the OIDC tests (docs/adr/0021): Keycloak's own distribution (unpacked by
 * ear/pom.xml into target), started once for all test classes when the first one needs it, on Java 21+ (Temurin 25),
 * in development mode with an in-memory database and the realms of src/test/resources/keycloak imported, on
 * {@code it.keycloak.port} (its management port moved along); stopped when the test JVM ends. The test server's
 * {@code vp.oidc.issuer} points here (arquillian.xml). A missing Java or distribution fails the test, never skips it.
 */
public final class Keycloak {

    public static final String REALM = "vierdepijler";
    public static final String CLIENT_ID = "vierdepijler";
    public static final String CLIENT_SECRET = "it-oidc-client-secret-1";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Process process;

    private Keycloak() {
    }

    public static int port() {
        return Integer.getInteger("it.keycloak.port", 18180);
    }

    /**
     * A realm's issuer URL. On "localhost", not 127.0.0.1: Keycloak's cookies are Secure, and a browser keeps Secure
     * cookies over plain HTTP only from localhost.
     */
    public static String realmUrl(String realm) {
        return "http://localhost:" + port() + "/realms/" + realm;
    }

    /** The application's root on localhost: the browser test's, on the same site as Keycloak's Secure cookies. */
    public static String onLocalhost(String appRoot) {
        return appRoot.replace("//127.0.0.1:", "//localhost:");
    }

    /** The password of a test user of the realms (src/test/resources/keycloak). */
    public static String password(String username) {
        return "kc-" + username + "-pw-1";
    }

    /** Starts Keycloak unless it runs; the application at {@code appRoot} is the client the realms know. */
    public static synchronized void ensureStarted(String appRoot) {
        if (process != null && process.isAlive()) {
            return;
        }
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak"));
        Path java = Path.of(System.getProperty("it.keycloak.java", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak's distribution is missing at " + home.toAbsolutePath()
                    + ": ear/pom.xml unpacks org.keycloak:keycloak-quarkus-dist in pre-integration-test");
        }
        if (!Files.isExecutable(java.resolve("bin/java"))) {
            throw new IllegalStateException("Keycloak needs Java 21 or later at " + java
                    + " (it.keycloak.java); none found there");
        }
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            for (String realm : new String[] {"vierdepijler-realm.json", "other-realm.json"}) {
                try (InputStream in = Keycloak.class.getResourceAsStream("/keycloak/" + realm)) {
                    String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@APP_LOCALHOST@", onLocalhost(appRoot))
                            .replace("@APP@", appRoot);
                    Files.writeString(imports.resolve(realm), json);
                }
            }
            Path log = home.resolve("../keycloak.log").normalize();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + port(),
                    "--http-management-port=" + (port() + 900))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", java.toString());
            builder.environment().remove("JAVA_OPTS");
            long started = System.nanoTime();
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(Keycloak::stop));
            waitUntilServing(log);
            System.out.printf("Keycloak started in %.1f s%n", (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be started", e);
        }
    }

    private static void waitUntilServing(Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl(REALM)
                        + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not serve within " + START_TIMEOUT + "; see " + log);
    }

    static synchronized void stop() {
        if (process != null) {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process = null;
        }
    }

    /**
     * An access token of a test user from the realm's token end-point (the direct grant the test client allows), or
     * the whole answer when {@code field} is null.
     */
    public static String token(String realm, String clientSecret, String username, String field) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", CLIENT_ID, "client_secret",
                clientSecret, "username", username, "password", password(username), "scope", "openid");
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl(realm)
                            + "/protocol/openid-connect/token")).header("Content-Type",
                            "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + answer.body());
            }
            return field == null ? answer.body()
                    : io.restassured.path.json.JsonPath.from(answer.body()).getString(field);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
