package be.vierdepijler.core.mail.domain;

/** The administrators' filter on the outbox; null fields do not narrow. */
public record MailFilter(MailStatus status, String kind) {
}
