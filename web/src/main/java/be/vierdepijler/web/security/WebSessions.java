package be.vierdepijler.web.security;

import be.vierdepijler.core.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The web UI's sessions: opening one replaces any earlier session (emptied, under a new id: no session fixation),
 * holds only the username, role and a random CSRF token, and expires after {@link #IDLE_MINUTES} minutes without a
 * call.
 */
@ApplicationScoped
public class WebSessions {

    public static final int IDLE_MINUTES = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** @return the new session's CSRF token */
    public String open(HttpServletRequest request, Caller caller) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            session = request.getSession(true);
        } else {
            // The earlier session is emptied and given a new id (no session fixation). Not invalidated and created
            // anew in one request: on cluster nodes that leaves the new session locked in Infinispan, and the next
            // request on another node waits for the lock until it times out (docs/adr/0019).
            for (String name : java.util.Collections.list(session.getAttributeNames())) {
                session.removeAttribute(name);
            }
            request.changeSessionId();
        }
        session.setMaxInactiveInterval(IDLE_MINUTES * 60);
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        session.setAttribute(SessionKeys.USERNAME, caller.username());
        session.setAttribute(SessionKeys.ROLE, caller.role().name());
        session.setAttribute(SessionKeys.CSRF_TOKEN, csrf);
        return csrf;
    }

    /** Opens a session for a sign-in through OpenID Connect, keeping the ID token for the sign-out there. */
    public String openFromProvider(HttpServletRequest request, Caller caller, String idToken) {
        String csrf = open(request, caller);
        request.getSession(false).setAttribute(SessionKeys.VIA_PROVIDER, Boolean.TRUE);
        if (idToken != null) {
            request.getSession(false).setAttribute(SessionKeys.OIDC_ID_TOKEN, idToken);
        }
        return csrf;
    }

    /** The provider's ID token of the current session; null when it was not opened through OpenID Connect. */
    public String providerIdToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SessionKeys.OIDC_ID_TOKEN);
    }

    /** The CSRF token of the current session; null when the caller came with Basic credentials. */
    public String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SessionKeys.CSRF_TOKEN);
    }

    public void close(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
