package be.vierdepijler.core.mail.domain;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One mail of the outbox (table {@code mail_outbox}). Written by {@link #queued} in the transaction of the business
 * change that causes it, or by {@link #notConfigured} when there is no SMTP server to send it through (then nothing
 * of the body is kept). After that the row changes only through the dispatcher's conditional updates (claim, sent,
 * retry, failed; see the infrastructure), never through this entity, so that two nodes never both send it.
 *
 * <p>Times are kept as UTC wall-clock times, so that the dispatcher's SQL compares them the same way whatever the
 * server's time zone.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    public static final int MAX_KIND = 40;
    public static final int MAX_REFERENCE = 200;
    public static final int MAX_RECIPIENT = 254;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20_000;
    private static final Pattern KIND = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_KIND)
    private String kind;

    @Column(nullable = false, length = MAX_REFERENCE)
    private String reference;

    @Column(nullable = false, length = MAX_RECIPIENT)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(length = MAX_BODY)
    private String body;

    @Convert(converter = MailStatus.StatusConverter.class)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "last_error", length = MailErrors.MAX_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    private OutboxMail(String kind, String reference, String recipient, String subject, String body,
                       MailStatus status, Instant now) {
        this.kind = kind;
        this.reference = reference;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.createdAt = utc(now);
        this.nextAttemptAt = status == MailStatus.QUEUED ? utc(now) : null;
    }

    /**
     * A mail to send as soon as the transaction that writes it commits.
     *
     * @param kind      what it is, a code such as {@code confirmation-link} (lower case, digits and hyphens)
     * @param reference the caller's key to find it back by, such as {@code confirmation-link:42}
     * @param recipient one e-mail address
     * @param subject   one line, no secrets (it stays after sending)
     * @param body      plain text; may hold a secret (cleared once the mail is sent or failed for good)
     * @throws InvalidInputException naming each field that is missing, too long or malformed
     */
    public static OutboxMail queued(String kind, String reference, String recipient, String subject, String body,
                                    Instant now) {
        check(kind, reference, recipient, subject, body);
        return new OutboxMail(kind, reference, recipient.strip(), subject, body, MailStatus.QUEUED, now);
    }

    /** The same mail, recorded as never sent because no SMTP server is configured: its body is not kept. */
    public static OutboxMail notConfigured(String kind, String reference, String recipient, String subject,
                                           String body, Instant now) {
        check(kind, reference, recipient, subject, body);
        return new OutboxMail(kind, reference, recipient.strip(), subject, null, MailStatus.NOT_CONFIGURED, now);
    }

    private static void check(String kind, String reference, String recipient, String subject, String body) {
        List<FieldViolation> violations = new ArrayList<>();
        if (kind == null || kind.length() > MAX_KIND || !KIND.matcher(kind).matches()) {
            violations.add(new FieldViolation("kind", "invalid-kind", "Een soort van hoogstens " + MAX_KIND
                    + " tekens: kleine letters, cijfers en koppeltekens, zoals confirmation-link."));
        }
        if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
            violations.add(new FieldViolation("reference", "invalid-reference", "Een verwijzing van 1 tot "
                    + MAX_REFERENCE + " tekens is nodig."));
        }
        if (!isAddress(recipient)) {
            violations.add(new FieldViolation("recipient", "invalid-email", "Geen geldig e-mailadres."));
        }
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT
                || subject.chars().anyMatch(Character::isISOControl)) {
            violations.add(new FieldViolation("subject", "invalid-subject", "Een onderwerp van 1 tot " + MAX_SUBJECT
                    + " tekens op één regel is nodig."));
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            violations.add(new FieldViolation("body", "invalid-body", "Een tekst van 1 tot " + MAX_BODY
                    + " tekens is nodig."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Whether {@code value} is one plain e-mail address ({@code name@example.org}) that SMTP can deliver to. */
    public static boolean isAddress(String value) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_RECIPIENT) {
            return false;
        }
        String address = value.strip();
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            // Only the bare address: no display name, no group, no list that would reach others too.
            return parsed.getPersonal() == null && !parsed.isGroup() && address.equals(parsed.getAddress())
                    && address.indexOf('@') > 0 && address.indexOf('@') == address.lastIndexOf('@')
                    && address.substring(address.indexOf('@') + 1).contains(".");
        } catch (AddressException e) {
            return false;
        }
    }

    /** An instant as the UTC wall-clock time the table keeps. */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A UTC wall-clock time of the table as an instant. */
    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return instant(nextAttemptAt);
    }

    public Instant claimedUntil() {
        return instant(claimedUntil);
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return instant(createdAt);
    }

    public Instant sentAt() {
        return instant(sentAt);
    }

    /** Whether the body is still kept (only while the mail is on its way). */
    public boolean hasBody() {
        return body != null;
    }
}
