/**
 * The outbox in SQL (persistence unit {@code core}): the claim and the outcomes of an attempt as conditional UPDATE
 * statements, raced on the real schema by {@code MailClaimSqlTest}.
 */
package be.vierdepijler.core.mail.infrastructure.jpa;
