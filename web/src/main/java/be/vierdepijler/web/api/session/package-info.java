/**
 * {@code /api/v1/session}: signing in and out of the web UI (a session cookie, HttpOnly and SameSite=Strict, plus a
 * CSRF token for state-changing calls), who is signed in, and changing one's own password.
 */
package be.vierdepijler.web.api.session;
