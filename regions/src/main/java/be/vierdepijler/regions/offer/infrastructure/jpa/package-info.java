/** JPA implementation of the offer repository (persistence unit {@code regions}), with the atomic place updates. */
package be.vierdepijler.regions.offer.infrastructure.jpa;
