package be.vierdepijler.core.mail.domain;

import java.time.Instant;

/**
 * Where one mail of the outbox stands, without its body: what the caller that wrote it and the administrators see.
 *
 * @param id            the outbox id
 * @param kind          e.g. {@code confirmation-link}
 * @param reference     the caller's key, e.g. {@code confirmation-link:42}
 * @param recipient     the address it goes to
 * @param status        queued, sending, sent, failed or not-configured
 * @param attempts      how many attempts were made (a claim counts as one)
 * @param nextAttemptAt when it is tried (again), while queued
 * @param lastError     why the last attempt failed, short, addresses masked; null after success
 * @param createdAt     when the business change that caused it committed
 * @param sentAt        when the SMTP server took it
 */
public record MailState(long id, String kind, String reference, String recipient, MailStatus status, int attempts,
                        Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    public static MailState of(OutboxMail m) {
        return new MailState(m.id(), m.kind(), m.reference(), m.recipient(), m.status(), m.attempts(),
                m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt());
    }
}
