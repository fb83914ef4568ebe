/**
 * The OpenID Connect sign-in at {@code /oidc} (docs/adr/0021): a web module of its own, so that WildFly's
 * elytron-oidc-client (this module's authentication) and the main module's Jakarta Security mechanism never share a
 * deployment. The configuration comes from the environment at run time; the identity leaves as a one-time ticket.
 */
package be.vierdepijler.oidc;
