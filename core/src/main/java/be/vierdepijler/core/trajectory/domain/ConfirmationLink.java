package be.vierdepijler.core.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A personal, expiring, single-use link with which an offer's contact person confirms or rejects the pending hours of
 * one placement without an account: the digital "bewijs van deelname". Only the SHA-256 of the token is stored, so a
 * copy of the database cannot be used to confirm; the token itself is shown once, when the link is made. It covers
 * the entries pending when it was made; a decision through it spends it.
 */
@Entity
@Table(name = "confirmation_link")
public class ConfirmationLink {

    /** How long a link may be used: two weeks, time enough for a monthly paper round to become a digital one. */
    public static final Duration VALIDITY = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

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

    @Column(name = "used_at")
    private Instant usedAt;

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
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new ConfirmationLink(hash(token), trajectoryId, placementId, contactName, createdBy, now),
                token);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
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
}
