package be.vierdepijler.web.security;

/** What the web UI's session holds: who signed in, their role, and the CSRF token of the session. */
final class SessionKeys {

    static final String USERNAME = "vp.username";
    static final String ROLE = "vp.role";
    static final String CSRF_TOKEN = "vp.csrf";

    private SessionKeys() {
    }
}
