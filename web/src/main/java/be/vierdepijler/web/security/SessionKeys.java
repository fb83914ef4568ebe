package be.vierdepijler.web.security;

/** What the web UI's session holds: who signed in, their role, the CSRF token of the session, and
 * for a sign-in through OpenID Connect the provider's ID token. */
final class SessionKeys {

    static final String USERNAME = "vp.username";
    static final String ROLE = "vp.role";
    static final String CSRF_TOKEN = "vp.csrf";
    /** The provider's ID token of a session opened through OpenID Connect: the hint of the sign-out there. */
    static final String OIDC_ID_TOKEN = "vp.oidcIdToken";
    /** Set when the session was opened through OpenID Connect: no password of ours is in play. */
    static final String VIA_PROVIDER = "vp.viaProvider";

    private SessionKeys() {
    }
}
