package be.vierdepijler.core.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private ProvidedProfile profile = ProvidedProfile.of(null, null, false);

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
        this.profile = ProvidedProfile.of(newDisplayName, newEmail, newEmailVerified);
        this.lastSeen = now;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return profile.displayName();
    }

    public String email() {
        return profile.email();
    }

    public boolean emailVerified() {
        return profile.emailVerified();
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    public Instant lastSeen() {
        return lastSeen;
    }
}
