/**
 * The funding calls and projects in the database (JPA, persistence unit {@code regions}), and the references an import
 * row of a project is checked against ({@link be.vierdepijler.regions.funding.infrastructure.jpa.DatabaseFundingReferences}).
 */
package be.vierdepijler.regions.funding.infrastructure.jpa;
