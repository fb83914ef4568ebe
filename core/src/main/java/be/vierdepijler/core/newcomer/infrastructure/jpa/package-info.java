/** The newcomers in the database, scoped and paged there. */
package be.vierdepijler.core.newcomer.infrastructure.jpa;
