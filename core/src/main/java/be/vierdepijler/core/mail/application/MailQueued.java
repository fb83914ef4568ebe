package be.vierdepijler.core.mail.application;

/** Fired when a mail was written to the outbox; observed after the writing transaction committed. */
public record MailQueued(long id) {
}
