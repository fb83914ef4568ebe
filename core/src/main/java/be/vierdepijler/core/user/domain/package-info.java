/**
 * The user account aggregate: who may sign in, with which {@link be.vierdepijler.core.user.domain.Role} and over
 * which scope (networks, one municipality, one organisation), and the log-in throttle that locks an account after
 * repeated failures. {@link be.vierdepijler.core.user.domain.Caller} is the signed-in user as every scoped query sees
 * it.
 */
package be.vierdepijler.core.user.domain;
