/** The funding calls and projects in the database (JPA, persistence unit {@code regions}). */
package be.vierdepijler.regions.funding.infrastructure.jpa;
