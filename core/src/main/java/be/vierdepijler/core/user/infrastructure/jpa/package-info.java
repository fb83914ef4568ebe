/** JPA implementation of the user repository (persistence unit {@code core}). */
package be.vierdepijler.core.user.infrastructure.jpa;
