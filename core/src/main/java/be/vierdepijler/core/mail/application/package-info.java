/**
 * E-mail from a transactional outbox: {@link be.vierdepijler.core.mail.application.Outbox} is what other code calls
 * (write a mail in your transaction, read its status by your reference);
 * {@link be.vierdepijler.core.mail.application.MailDispatcher} sends after the commit
 * ({@link be.vierdepijler.core.mail.application.MailHandoff}) and on a schedule (retries, mails left behind by a
 * stopped node); {@link be.vierdepijler.core.mail.application.SmtpSettings} and
 * {@link be.vierdepijler.core.mail.application.MailRetry} read the {@code VP_SMTP_*} and {@code VP_MAIL_RETRY_SECONDS}
 * settings. See docs/adr/0012.
 */
package be.vierdepijler.core.mail.application;
