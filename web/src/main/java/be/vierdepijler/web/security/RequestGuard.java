package be.vierdepijler.web.security;

import be.vierdepijler.core.user.application.Authenticator;
import be.vierdepijler.web.api.problem.DatabaseOutage;
import be.vierdepijler.web.api.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The gate of the API: a call needs a signed-in caller unless its method is a {@link PublicEndpoint} (401 problem
 * otherwise), and a state-changing call made with the UI's session cookie must carry that session's CSRF token in
 * {@code X-CSRF-Token} (403 otherwise). Basic-authenticated calls carry no cookie, so no cross-site request can ride
 * on them. A user who signed in with a password an administrator set (initial or reset) must choose their own before
 * anything else: every call but the {@link BeforePasswordChange} ones answers 403 {@code password-change-required},
 * through the API as well as in the UI, for sessions and Basic credentials alike. Authorisation by role and scope
 * happens in the application services, where the data is read.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RequestGuard implements ContainerRequestFilter {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Inject
    CallerProducer callers;

    @Override
    public void filter(ContainerRequestContext context) {
        if (isPublic()) {
            return;
        }
        if (context.getSecurityContext().getUserPrincipal() == null) {
            if (request.getAttribute(ApiAuthenticationMechanism.DATABASE_UNAVAILABLE) != null) {
                context.abortWith(DatabaseOutage.response());
                return;
            }
            if (request.getAttribute(ApiAuthenticationMechanism.BEARER_PENDING) != null) {
                context.abortWith(Problem.of("oidc-pending", "Wacht op toegang", Response.Status.FORBIDDEN,
                        "Je bent bekend bij de identiteitsprovider, maar hebt hier (nog) geen toegang. Een beheerder"
                                + " moet je een rol en bereik geven.").toResponse());
                return;
            }
            if (request.getAttribute(ApiAuthenticationMechanism.BEARER_REFUSED) != null) {
                context.abortWith(Response.fromResponse(Problem.of("invalid-token", "Niet aangemeld",
                        Response.Status.UNAUTHORIZED, "Het toegangstoken is ongeldig, verlopen of niet uitgegeven"
                                + " door onze identiteitsprovider voor deze toepassing.").toResponse())
                        .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build());
                return;
            }
            boolean refused = request.getAttribute(ApiAuthenticationMechanism.BASIC_REFUSED) != null;
            Response.ResponseBuilder answer = Response.fromResponse(Problem.of("unauthenticated", "Niet aangemeld",
                    Response.Status.UNAUTHORIZED, refused
                            ? "De gebruikersnaam of het wachtwoord klopt niet, of de account is tijdelijk vergrendeld"
                            + " na te veel mislukte pogingen."
                            : "Meld je aan om dit te zien of te doen.").toResponse());
            // A browser would pop up its own log-in dialog on a Basic challenge: only API clients get one.
            if (context.getHeaderString("X-Requested-With") == null) {
                answer.header("WWW-Authenticate", "Basic realm=\"Vierde Pijler\", charset=\"UTF-8\"");
            }
            context.abortWith(answer.build());
            return;
        }
        if ("session".equals(request.getAttribute(ApiAuthenticationMechanism.AUTHENTICATED_BY))
                && !SAFE_METHODS.contains(context.getMethod()) && !csrfTokenMatches(context)) {
            context.abortWith(Problem.of("csrf", "Beveiligingstoken ontbreekt", Response.Status.FORBIDDEN,
                    "Deze wijziging kwam zonder het geldige beveiligingstoken van je sessie (" + CSRF_HEADER
                            + "). Laad de pagina opnieuw.").toResponse());
            return;
        }
        if (!allowedBeforePasswordChange() && !ApiAuthenticationMechanism.viaProvider(request)
                && callers.account().map(Authenticator.SignedIn::mustChangePassword).orElse(false)) {
            context.abortWith(Problem.of("password-change-required", "Kies eerst een eigen wachtwoord",
                    Response.Status.FORBIDDEN, "Je bent aangemeld met een wachtwoord dat een beheerder instelde."
                            + " Kies eerst je eigen wachtwoord (PUT /api/v1/session/password); daarna kan je verder.")
                    .toResponse());
        }
    }

    private boolean allowedBeforePasswordChange() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(BeforePasswordChange.class)
                || resource.getResourceClass().isAnnotationPresent(BeforePasswordChange.class));
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class));
    }

    private boolean csrfTokenMatches(ContainerRequestContext context) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SessionKeys.CSRF_TOKEN);
        String given = context.getHeaderString(CSRF_HEADER);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
