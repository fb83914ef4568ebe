/**
 * The worklist in SQL that runs on H2 and PostgreSQL: each reason a column computed per open trajectory in scope
 * (correlated subqueries on indexed columns), filtered, counted and paged by the database.
 */
package be.vierdepijler.core.worklist.infrastructure.jpa;
