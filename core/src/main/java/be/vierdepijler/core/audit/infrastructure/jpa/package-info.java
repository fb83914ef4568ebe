/**
 * The audit trail in the database: the reads log, Envers' revisions read back as entries, and the clearing of a
 * person's columns in the {@code *_aud} tables when they are erased.
 */
package be.vierdepijler.core.audit.infrastructure.jpa;
