package be.vierdepijler.web.security;

import be.vierdepijler.core.user.application.Authenticator;
import be.vierdepijler.core.user.application.ExternalIdentity;
import be.vierdepijler.core.user.application.ExternalSignIns;
import be.vierdepijler.web.api.problem.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: an API client with HTTP Basic credentials (checked against {@link AccountIdentityStore} on every
 * call) or with a bearer access token of the OpenID Connect provider ({@link OidcProvider}), or the web UI with
 * the session opened by {@code POST /api/v1/session}. Without either the request goes on
 * anonymously; {@link RequestGuard} then refuses it where a caller is needed, also when Basic credentials were wrong.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling how the caller was authenticated: {@code basic} or {@code session}. */
    public static final String AUTHENTICATED_BY = "vp.authenticatedBy";

    /** Request attribute set when Basic credentials were sent but refused. */
    public static final String BASIC_REFUSED = "vp.basicRefused";
    /** Request attribute set when a bearer token was sent but refused (invalid, expired, another issuer, ...). */
    public static final String BEARER_REFUSED = "vp.bearerRefused";
    /** Request attribute set when a valid bearer token names a person without (active) access: pending. */
    public static final String BEARER_PENDING = "vp.bearerPending";
    /**
     * Request attribute set when the caller came through the OpenID Connect provider (a bearer token, or a session opened
     * by it): they never use a password of ours, so an initial password still to be changed does not stop them.
     */
    public static final String VIA_PROVIDER = "vp.viaProvider";
    /** Request attribute telling that Basic credentials could not be checked because the database is unreachable. */
    public static final String DATABASE_UNAVAILABLE = "vp.databaseUnavailable";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    OidcProvider provider;

    @Inject
    ExternalSignIns signIns;

    @Inject
    Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(authorization.substring(6).strip());
            CredentialValidationResult result;
            try {
                result = credential == null ? CredentialValidationResult.INVALID_RESULT
                        : identityStores.validate(credential);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.recognises(e)) {
                    throw e;
                }
                // The accounts cannot be read now: RequestGuard answers 503, as any call needing the database does.
                request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
                return context.doNothing();
            }
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // Go on anonymously: RequestGuard answers the 401 as problem+json (the container's own would be HTML).
                request.setAttribute(BASIC_REFUSED, Boolean.TRUE);
                return context.doNothing();
            }
            request.setAttribute(AUTHENTICATED_BY, "basic");
            return context.notifyContainerAboutLogin(result);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionKeys.USERNAME) != null) {
            request.setAttribute(AUTHENTICATED_BY, "session");
            if (session.getAttribute(SessionKeys.VIA_PROVIDER) != null) {
                request.setAttribute(VIA_PROVIDER, Boolean.TRUE);
            }
            return context.notifyContainerAboutLogin((String) session.getAttribute(SessionKeys.USERNAME),
                    Set.of((String) session.getAttribute(SessionKeys.ROLE)));
        }
        return context.doNothing();
    }

    /**
     * An access token of the OpenID Connect provider (docs/adr/0021): checked by {@link OidcProvider}, its subject
     * mapped to an account as at a sign-in in the browser (a person without one is recorded as pending).
     */
    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpMessageContext context) {
        ExternalIdentity identity;
        try {
            identity = provider.verify(token);
        } catch (OidcProvider.InvalidTokenException e) {
            request.setAttribute(BEARER_REFUSED, Boolean.TRUE);
            return context.doNothing();
        }
        try {
            ExternalSignIns.Outcome outcome = signIns.signIn(identity);
            Optional<Authenticator.SignedIn> account = outcome.signedIn()
                    ? authenticator.signedIn(outcome.username()) : Optional.empty();
            if (account.isEmpty()) {
                request.setAttribute(BEARER_PENDING, Boolean.TRUE);
                return context.doNothing();
            }
            request.setAttribute(AUTHENTICATED_BY, "bearer");
            request.setAttribute(VIA_PROVIDER, Boolean.TRUE);
            return context.notifyContainerAboutLogin(account.get().caller().username(),
                    Set.of(account.get().caller().role().name()));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.recognises(e)) {
                throw e;
            }
            request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
            return context.doNothing();
        }
    }

    /** Whether this request's caller came through the OpenID Connect provider ({@link #VIA_PROVIDER}). */
    public static boolean viaProvider(HttpServletRequest request) {
        return request.getAttribute(VIA_PROVIDER) != null;
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon),
                    decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
