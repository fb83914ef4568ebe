/**
 * JPA and SQL for buddies (persistence unit {@code core}): the repository, and the placement port
 * {@link be.vierdepijler.core.port.BuddyPlaces} whose duos are taken by one conditional UPDATE.
 */
package be.vierdepijler.core.buddy.infrastructure.jpa;
