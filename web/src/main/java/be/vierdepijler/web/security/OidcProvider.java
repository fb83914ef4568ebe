package be.vierdepijler.web.security;

import be.vierdepijler.core.user.application.ExternalIdentity;
import be.vierdepijler.core.user.application.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * The OpenID Connect provider as the main web module needs it (docs/adr/0021): its discovery document (read once per
 * setting, again after a failure), the check of a bearer access token with jose4j (signature by the provider's JWKS,
 * issuer, expiry, and that it was issued to this client: {@code azp} or {@code aud}), and the URL of the sign-out at
 * the provider. The sign-in hand-shake itself is elytron-oidc-client's, in the oidc web module.
 */
@ApplicationScoped
public class OidcProvider {

    private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** The first wait after a failed discovery; it doubles with every further failure, up to {@link #MAX_WAIT}. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration MAX_WAIT = Duration.ofMinutes(2);

    @Inject
    Clock clock;

    /** Reads the discovery document; the tests put a provider of their own here. */
    Discovery discovery = OidcProvider::discover;

    private volatile Provider provider;
    private volatile Failure failure;

    interface Discovery {
        Provider discover(OidcSettings settings) throws IOException, InterruptedException;
    }

    /** The last failed discovery: for which settings, when, and how long until the next try. */
    private record Failure(OidcSettings settings, Instant at, Duration backOff) {
    }

    /** A token that is not a valid access token of our provider for this client; the message is for the log only. */
    public static class InvalidTokenException extends Exception {
        public InvalidTokenException(String message) {
            super(message);
        }
    }

    record Provider(OidcSettings settings, String endSessionEndpoint, JwtConsumer consumer) {
    }

    /** The settings, when OIDC is on. */
    public Optional<OidcSettings> settings() {
        return OidcSettings.current();
    }

    /** The identity in a bearer access token, once its signature, issuer, expiry and client are checked. */
    public ExternalIdentity verify(String accessToken) throws InvalidTokenException {
        Provider p = provider().orElseThrow(() -> new InvalidTokenException("OIDC is off or the provider unreachable"));
        try {
            JwtClaims claims = p.consumer().processToClaims(accessToken);
            String clientId = p.settings().clientId();
            String azp = claims.getStringClaimValue("azp");
            List<String> audience = claims.hasAudience() ? claims.getAudience() : List.of();
            if (!clientId.equals(azp) && !audience.contains(clientId)) {
                throw new InvalidTokenException("token issued to another client");
            }
            String typ = claims.getStringClaimValue("typ");
            if (typ != null && !"Bearer".equalsIgnoreCase(typ) && !"at+jwt".equalsIgnoreCase(typ)) {
                throw new InvalidTokenException("not an access token: " + typ);
            }
            Object verified = claims.getClaimValue("email_verified");
            String name = claims.getStringClaimValue("name");
            return new ExternalIdentity(claims.getSubject(), name != null ? name
                    : claims.getStringClaimValue("preferred_username"), claims.getStringClaimValue("email"),
                    Boolean.TRUE.equals(verified) || "true".equals(verified));
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new InvalidTokenException(e.getMessage());
        } catch (RuntimeException e) {
            // jose4j's own surprises (a key set that cannot be read, ...): a refused token, never a 500
            throw new InvalidTokenException(e.getClass().getSimpleName());
        }
    }

    /**
     * Where the browser goes to end the session at the provider too (RP-initiated logout), coming back to
     * {@code postLogoutRedirect}; empty when the provider has no end-session end-point or cannot be reached.
     */
    public Optional<String> signOutUrl(String idToken, String postLogoutRedirect) {
        return provider().filter(p -> p.endSessionEndpoint() != null).map(p -> p.endSessionEndpoint()
                + (p.endSessionEndpoint().contains("?") ? "&" : "?")
                + "client_id=" + encode(p.settings().clientId())
                + "&post_logout_redirect_uri=" + encode(postLogoutRedirect)
                + (idToken == null ? "" : "&id_token_hint=" + encode(idToken)));
    }

    private Optional<Provider> provider() {
        return OidcSettings.current().flatMap(this::provider);
    }

    /** The provider of these settings: discovered once, and after a failure again only once its back-off passed. */
    Optional<Provider> provider(OidcSettings settings) {
        Provider current = provider;
        if (current != null && current.settings().equals(settings)) {
            return Optional.of(current);
        }
        Instant now = clock.instant();
        Failure last = failure;
        boolean sameSettings = last != null && last.settings().equals(settings);
        if (sameSettings && now.isBefore(last.at().plus(last.backOff()))) {
            return Optional.empty();
        }
        try {
            current = discovery.discover(settings);
            provider = current;
            failure = null;
            return Optional.of(current);
        } catch (IOException | RuntimeException e) {
            Duration wait = sameSettings ? min(last.backOff().multipliedBy(2), MAX_WAIT) : FIRST_WAIT;
            failure = new Failure(settings, now, wait);
            LOG.warning(() -> "The OpenID Connect provider's discovery document could not be read (" + e
                    + "); bearer tokens are refused, next try in " + wait.toSeconds() + " s");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Provider discover(OidcSettings settings) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        URI.create(settings.issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("discovery answered " + answer.statusCode());
        }
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            document = reader.readObject();
        }
        if (!settings.issuer().equals(document.getString("issuer", null))) {
            throw new IOException("the discovery document names another issuer: " + document.getString("issuer", null));
        }
        HttpsJwks keys = new HttpsJwks(document.getString("jwks_uri"));
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(10)
                .setRequireSubject()
                .setExpectedIssuer(settings.issuer())
                .setSkipDefaultAudienceValidation()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384)
                .build();
        return new Provider(settings, document.getString("end_session_endpoint", null), consumer);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
