package be.vierdepijler.core.trajectory.domain;

import be.vierdepijler.core.shared.LinkToken;
import be.vierdepijler.core.shared.PublicLanguages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A personal, expiring, revocable link with which a newcomer follows the hours of their own trajectory, without an
 * account: the counsellor hands it over (or e-mails it) in the newcomer's chosen language. As with the contact person's
 * {@link ConfirmationLink}, only the SHA-256 of the token ({@link LinkToken}) is stored and the token is shown once,
 * when the link is made. The link only reads; it works for {@value #VALIDITY_DAYS} days (half a year: most
 * trajectories run a few months, and a newcomer should not need a new link halfway), shows a closed trajectory's final
 * state until then, and ends earlier when a counsellor revokes it. A new link leaves the older ones as they are (a
 * newcomer may use a phone and a printed QR code); the counsellor revokes what should stop. Erasing the newcomer
 * deletes their links.
 */
@Entity
@Table(name = "progress_link")
public class ProgressLink {

    /** How long a link works, in days; see {@link #VALIDITY}. */
    public static final int VALIDITY_DAYS = 180;
    /** How long a link works: half a year from when it was made. */
    public static final Duration VALIDITY = Duration.ofDays(VALIDITY_DAYS);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "trajectory_id", nullable = false)
    private long trajectoryId;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 80)
    private String revokedBy;

    /** The address the link was e-mailed to; null when the counsellor handed it over. */
    @Column(name = "emailed_to", length = 254)
    private String emailedTo;

    @Version
    private long version;

    protected ProgressLink() {
    }

    private ProgressLink(String tokenHash, long trajectoryId, String language, String createdBy, Instant now) {
        this.tokenHash = tokenHash;
        this.trajectoryId = trajectoryId;
        this.language = language;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** A new link and its token (256 random bits, URL-safe), which is never stored. */
    public record Issued(ProgressLink link, String token) {
    }

    /**
     * A new link for the trajectory in one of the {@link PublicLanguages}.
     *
     * @throws IllegalArgumentException for another language (the application checks it first, at its field)
     */
    public static Issued issue(long trajectoryId, String language, String createdBy, Instant now) {
        if (!PublicLanguages.contains(language)) {
            throw new IllegalArgumentException("no progress page in language " + language);
        }
        String token = LinkToken.issue();
        return new Issued(new ProgressLink(LinkToken.hash(token), trajectoryId, language, createdBy, now), token);
    }

    /** Where a link stands at {@code now}: a revoked link stays revoked, also after it would have expired. */
    public enum State {
        ACTIVE, EXPIRED, REVOKED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public State stateAt(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }

    /** Takes an active link back for good; revoking a revoked or expired link changes nothing. */
    public boolean revoke(String by, Instant now) {
        if (stateAt(now) != State.ACTIVE) {
            return false;
        }
        revokedAt = now;
        revokedBy = by;
        return true;
    }

    /** The link goes to the newcomer by e-mail, to this address. */
    public void mailTo(String address) {
        this.emailedTo = address;
    }

    public Long id() {
        return id;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public long trajectoryId() {
        return trajectoryId;
    }

    public String language() {
        return language;
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

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public String emailedTo() {
        return emailedTo;
    }
}
