/**
 * The report queries: one {@code GROUP BY} each over the scoped rows, in SQL that runs on H2 and PostgreSQL (the
 * dashboard's figures, and the newcomers waiting for a place).
 */
package be.vierdepijler.core.report.infrastructure.jpa;
