/**
 * The mail outbox aggregate: {@link be.vierdepijler.core.mail.domain.OutboxMail} (table {@code mail_outbox}), its
 * {@link be.vierdepijler.core.mail.domain.MailStatus statuses}, the back-off
 * ({@link be.vierdepijler.core.mail.domain.RetryPolicy}), the short error kept with a failed attempt
 * ({@link be.vierdepijler.core.mail.domain.MailErrors}) and the repository port whose every change after writing is a
 * conditional update ({@link be.vierdepijler.core.mail.domain.MailOutbox}). See docs/adr/0012.
 */
package be.vierdepijler.core.mail.domain;
