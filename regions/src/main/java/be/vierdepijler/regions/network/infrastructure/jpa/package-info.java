/** JPA implementation of the network repository (persistence unit {@code regions}). */
package be.vierdepijler.regions.network.infrastructure.jpa;
