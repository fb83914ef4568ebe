package be.vierdepijler.core.mail.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a mail of the outbox stands. {@link #QUEUED} and {@link #SENDING} are on their way (the body is kept until
 * then); {@link #SENT}, {@link #FAILED} and {@link #NOT_CONFIGURED} are final (the body is gone).
 */
public enum MailStatus {

    /** Waiting for its (next) attempt at {@code nextAttemptAt}. */
    QUEUED("queued"),
    /** Claimed by one node until {@code claimedUntil}; taken again by any node when that passed (the node died). */
    SENDING("sending"),
    /** Handed to the SMTP server. */
    SENT("sent"),
    /** Given up after the last attempt; {@code lastError} says why. */
    FAILED("failed"),
    /** Never sent: no SMTP server was configured when it was written; pass the message on by hand. */
    NOT_CONFIGURED("not-configured");

    private final String code;

    MailStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isFinal() {
        return this == SENT || this == FAILED || this == NOT_CONFIGURED;
    }

    public static Optional<MailStatus> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(MailStatus::code).toList();
    }

    /** Stores the status by its code, as the table's check constraint lists them. */
    @Converter
    public static class StatusConverter implements AttributeConverter<MailStatus, String> {

        @Override
        public String convertToDatabaseColumn(MailStatus status) {
            return status == null ? null : status.code;
        }

        @Override
        public MailStatus convertToEntityAttribute(String code) {
            return code == null ? null : byCode(code)
                    .orElseThrow(() -> new IllegalStateException("unknown mail status in the database: " + code));
        }
    }
}
