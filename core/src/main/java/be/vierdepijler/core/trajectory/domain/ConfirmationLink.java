package be.vierdepijler.core.trajectory.domain;

import be.vierdepijler.core.shared.LinkToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A personal, expiring link with which an offer's contact person confirms or rejects the pending hours of one
 * placement without an account: the digital "bewijs van deelname". Only the SHA-256 of the token is stored
 * ({@link LinkToken}), so a copy of the database cannot be used to confirm; the token itself is shown once, when the
 * link is made. It covers the entries pending when it was made: a decision on some of them leaves the others
 * decidable through the same link until it expires, and a link whose entries were all decided (by anyone) stays as it
 * is, with nothing left to decide. A link is closed for good when its trajectory closes, when a counsellor revokes it
 * (sent to the wrong person) or when a reminder replaces it.
 */
@Entity
@Table(name = "confirmation_link")
public class ConfirmationLink {

    /** How long a link may be used: two weeks, time enough for a monthly paper round to become a digital one. */
    public static final Duration VALIDITY = Duration.ofDays(14);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "trajectory_id", nullable = false)
    private long trajectoryId;

    @Column(name = "placement_id", nullable = false)
    private long placementId;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** The last decision made through the link. */
    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason", length = 20)
    private Closure closedReason;

    @Column(name = "closed_by", length = 80)
    private String closedBy;

    /** The address the link was e-mailed to; null when the counsellor passed it on by hand. */
    @Column(name = "emailed_to", length = 254)
    private String emailedTo;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** The link this one replaced as a reminder. */
    @Column(name = "reminder_of")
    private Long reminderOf;

    @Version
    private long version;

    protected ConfirmationLink() {
    }

    private ConfirmationLink(String tokenHash, long trajectoryId, long placementId, String contactName,
                             String createdBy, Instant now) {
        this.tokenHash = tokenHash;
        this.trajectoryId = trajectoryId;
        this.placementId = placementId;
        this.contactName = contactName;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** A new link and its token (256 random bits, URL-safe), which is never stored. */
    public record Issued(ConfirmationLink link, String token) {
    }

    public static Issued issue(long trajectoryId, long placementId, String contactName, String createdBy,
                               Instant now) {
        String token = LinkToken.issue();
        return new Issued(new ConfirmationLink(LinkToken.hash(token), trajectoryId, placementId, contactName,
                createdBy, now), token);
    }

    /** Why a link was closed before it expired. */
    public enum Closure {
        /** A counsellor took it back, e.g. because it went to the wrong person. */
        REVOKED,
        /** Its trajectory completed, stopped or was exempted: nothing is decided on it any more. */
        TRAJECTORY_CLOSED,
        /** A reminder brought the contact person a new link for the same hours. */
        REPLACED
    }

    /** Where a link stands at {@code now}. */
    public enum State {
        OPEN, EXPIRED, CLOSED
    }

    public State stateAt(Instant now) {
        if (closedAt != null) {
            return State.CLOSED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    public boolean usableAt(Instant now) {
        return stateAt(now) == State.OPEN;
    }

    /** A decision was made through the link; it stays usable for the entries it still covers. */
    public void use(Instant now) {
        usedAt = now;
    }

    /** The link goes to its contact person by e-mail, to this address. */
    public void mailTo(String address) {
        this.emailedTo = address;
    }

    /**
     * A reminder for the hours still pending on the link's placement: a new link for the same contact person, mailed
     * to the same address, which replaces this one (closed as {@link Closure#REPLACED}).
     */
    public Issued remind(String by, Instant now) {
        Issued issued = issue(trajectoryId, placementId, contactName, by, now);
        issued.link().reminderOf = id;
        issued.link().emailedTo = emailedTo;
        remindedAt = now;
        close(Closure.REPLACED, by, now);
        return issued;
    }

    /** Closes an open link for good; closing a closed one changes nothing. */
    public void close(Closure reason, String by, Instant now) {
        if (closedAt == null) {
            closedAt = now;
            closedReason = reason;
            closedBy = by;
        }
    }

    public Long id() {
        return id;
    }

    public long trajectoryId() {
        return trajectoryId;
    }

    public long placementId() {
        return placementId;
    }

    public String contactName() {
        return contactName;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Closure closedReason() {
        return closedReason;
    }

    public String closedBy() {
        return closedBy;
    }

    public String emailedTo() {
        return emailedTo;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Long reminderOf() {
        return reminderOf;
    }
}
