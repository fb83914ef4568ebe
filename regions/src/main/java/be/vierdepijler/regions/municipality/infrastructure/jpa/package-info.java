/** JPA implementation of the municipality repository (persistence unit {@code regions}). */
package be.vierdepijler.regions.municipality.infrastructure.jpa;
