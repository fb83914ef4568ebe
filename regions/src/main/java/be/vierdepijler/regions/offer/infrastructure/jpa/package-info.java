/**
 * JPA implementation of the offer repository (persistence unit {@code regions}), with the atomic place updates, and
 * core's ports on the catalogue: the offers matching may suggest, the free places supply and demand counts.
 */
package be.vierdepijler.regions.offer.infrastructure.jpa;
