/** JPA implementation of the organisation repository (persistence unit {@code regions}). */
package be.vierdepijler.regions.organisation.infrastructure.jpa;
