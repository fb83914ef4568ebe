/**
 * Authentication and request security of the web module, on Jakarta Security:
 * <ul>
 *   <li>{@link be.vierdepijler.web.security.AccountIdentityStore}: the built-in identity store on the application
 *       database (PBKDF2 hashes, log-in back-off), used by</li>
 *   <li>{@link be.vierdepijler.web.security.ApiAuthenticationMechanism}: HTTP Basic for API clients, and the session
 *       that {@code POST /api/v1/session} opens for the web UI;</li>
 *   <li>{@link be.vierdepijler.web.security.RequestGuard}: every {@code /api/v1} call needs a signed-in caller (401
 *       otherwise) except the few public ones, and a state-changing call in a session needs the session's CSRF token
 *       in {@code X-CSRF-Token} (403 otherwise);</li>
 *   <li>{@link be.vierdepijler.web.security.SecurityHeadersFilter}: CSP, frame-ancestors, nosniff, referrer policy.</li>
 * </ul>
 * Replacing the built-in store by the Flemish government's OpenID Connect provider means swapping the mechanism for
 * Jakarta Security's {@code @OpenIdAuthenticationMechanismDefinition} (or WildFly's elytron-oidc-client) and mapping
 * the token's subject to an account here; roles and scopes stay in this application (see docs/adr/0005).
 */
package be.vierdepijler.web.security;
