/**
 * Sending through WildFly's mail subsystem with Jakarta Mail: the subsystem's session adapted to the TLS mode, the
 * presence of a user and time-outs ({@link be.vierdepijler.core.mail.infrastructure.smtp.SmtpSessions}).
 */
package be.vierdepijler.core.mail.infrastructure.smtp;
