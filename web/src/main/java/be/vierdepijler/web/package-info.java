/**
 * The web module: the WAR that carries the JAX-RS API under {@code /api/v1} ({@link be.vierdepijler.web.api}), the
 * start-up work of the deployment ({@link be.vierdepijler.web.platform}: database migration, readiness), and later
 * the coordinators' web UI, which is a client of that same API.
 *
 * <p>Resources are thin adapters: they parse, call an application service of core or regions, and map the result to
 * a DTO of this module. No business rule lives here; no entity leaves through the API.
 */
package be.vierdepijler.web;
