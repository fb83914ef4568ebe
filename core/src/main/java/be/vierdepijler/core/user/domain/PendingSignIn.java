package be.vierdepijler.core.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who signed in at the OpenID Connect provider but has no account here yet: no access at all until an
 * administrator gives one (or dismisses the entry). Personal data: seen only by administrators, removed when handled
 * and after {@code ExternalSignIns#RETENTION} without a new attempt.
 */
@Entity
@Table(name = "oidc_pending_sign_in")
public class PendingSignIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 255, unique = true)
    private String subject;

    @Column(name = "display_name", length = UserAccount.MAX_DISPLAY_NAME)
    private String displayName;

    @Column(length = UserAccount.MAX_EMAIL)
    private String email;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected PendingSignIn() {
        // for JPA
    }

    public PendingSignIn(String subject, Instant now) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.firstSeen = now;
        this.lastSeen = now;
    }

    /** What the provider says of the person at their latest attempt. */
    public void seen(String newDisplayName, String newEmail, boolean newEmailVerified, Instant now) {
        this.displayName = clip(newDisplayName, UserAccount.MAX_DISPLAY_NAME);
        this.email = newEmail != null && newEmail.strip().length() <= UserAccount.MAX_EMAIL && !newEmail.isBlank()
                ? newEmail.strip() : null;
        this.emailVerified = newEmailVerified;
        this.lastSeen = now;
    }

    static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    public Instant lastSeen() {
        return lastSeen;
    }
}
