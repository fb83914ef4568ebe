package be.vierdepijler.web.api.mail;

import be.vierdepijler.core.mail.domain.MailState;
import java.time.Instant;

/**
 * One mail of the outbox as administrators see it: never its body (which may hold a link's token, and is gone once
 * the mail is sent or failed).
 */
public record MailDto(long id, String kind, String reference, String recipient, String status, int attempts,
                      Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    static MailDto of(MailState m) {
        return new MailDto(m.id(), m.kind(), m.reference(), m.recipient(), m.status().code(), m.attempts(),
                m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt());
    }
}
