/** JPA implementations of the allocation and municipality figure repositories (persistence unit {@code regions}). */
package be.vierdepijler.regions.allocation.infrastructure.jpa;
