package be.vierdepijler.web.security;

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
import java.util.Set;

/**
 * Who is calling: an API client with HTTP Basic credentials (checked against {@link AccountIdentityStore} on every
 * call), or the web UI with the session opened by {@code POST /api/v1/session}. Without either the request goes on
 * anonymously; {@link RequestGuard} then refuses it where a caller is needed, also when Basic credentials were wrong.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling how the caller was authenticated: {@code basic} or {@code session}. */
    public static final String AUTHENTICATED_BY = "vp.authenticatedBy";

    /** Request attribute set when Basic credentials were sent but refused. */
    public static final String BASIC_REFUSED = "vp.basicRefused";
    /** Request attribute telling that Basic credentials could not be checked because the database is unreachable. */
    public static final String DATABASE_UNAVAILABLE = "vp.databaseUnavailable";

    @Inject
    IdentityStoreHandler identityStores;

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
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionKeys.USERNAME) != null) {
            request.setAttribute(AUTHENTICATED_BY, "session");
            return context.notifyContainerAboutLogin((String) session.getAttribute(SessionKeys.USERNAME),
                    Set.of((String) session.getAttribute(SessionKeys.ROLE)));
        }
        return context.doNothing();
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
