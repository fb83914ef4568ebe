/** The record of erasures in the database. */
package be.vierdepijler.core.privacy.infrastructure.jpa;
