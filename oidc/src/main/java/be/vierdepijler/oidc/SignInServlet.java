package be.vierdepijler.oidc;

import be.vierdepijler.core.user.application.ExternalIdentity;
import be.vierdepijler.core.user.application.ExternalSignIns;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * {@code GET /oidc/login}: reached only once elytron-oidc-client has signed the person in at the provider (the path
 * is protected in web.xml). Hands the identity of the ID token to the main web module as a one-time ticket, ends this
 * module's own session (the application keeps its own; a later sign-in goes to the provider again), and sends the
 * browser on to {@code /api/v1/session/oidc}, which exchanges the ticket for the application's session. The ticket
 * is bound to this browser by a cookie only the exchange sees: a ticket link sent to someone else signs nobody in.
 */
@WebServlet("/login")
public class SignInServlet extends HttpServlet {

    @Inject
    ExternalSignIns signIns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OidcSecurityContext context = securityContext(request);
        if (context == null || context.getIDToken() == null || context.getIDToken().getSubject() == null) {
            UnavailableServlet.problem(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated",
                    "Niet aangemeld", "De identiteitsprovider gaf geen geldige aanmelding.");
            return;
        }
        IDToken token = context.getIDToken();
        String name = token.getName() != null ? token.getName() : token.getPreferredUsername();
        ExternalSignIns.Ticket ticket = signIns.issueTicket(new ExternalIdentity(token.getSubject(), name,
                token.getEmail(), Boolean.TRUE.equals(token.getEmailVerified())), context.getIDTokenString());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.addCookie(binding(ticket.binding(), request.isSecure()));
        response.sendRedirect(ExternalSignIns.EXCHANGE_PATH + "?ticket=" + ticket.ticket());
    }

    /**
     * The browser's half of the ticket: HttpOnly, for the exchange's path only, as long as the ticket lives; SameSite
     * Lax, since the redirect chain that brings it back starts at the provider's site.
     */
    static Cookie binding(String value, boolean secure) {
        Cookie cookie = new Cookie(ExternalSignIns.BINDING_COOKIE, value);
        cookie.setPath(ExternalSignIns.EXCHANGE_PATH);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setMaxAge((int) ExternalSignIns.TICKET_LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** The tokens of this sign-in: from the principal, or as elytron-oidc-client also leaves them on the request. */
    private static OidcSecurityContext securityContext(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return oidc.getOidcSecurityContext();
        }
        Object attribute = request.getAttribute(OidcSecurityContext.class.getName());
        return attribute instanceof OidcSecurityContext context ? context : null;
    }
}
