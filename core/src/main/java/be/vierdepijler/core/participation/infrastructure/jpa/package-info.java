/** Requests and attempts in the database: scoped lists, counts for the limits, a linked newcomer's data. */
package be.vierdepijler.core.participation.infrastructure.jpa;
