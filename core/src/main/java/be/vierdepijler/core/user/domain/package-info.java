/**
 * The user account aggregate: who may sign in, with which {@link be.vierdepijler.core.access.Role} and over
 * which scope (networks, one municipality, one organisation), and the log-in throttle that locks an account after
 * repeated failures. {@link be.vierdepijler.core.access.Caller} is the signed-in user as every scoped query sees
 * it.
 */
package be.vierdepijler.core.user.domain;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;

