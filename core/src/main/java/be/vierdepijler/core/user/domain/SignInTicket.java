package be.vierdepijler.core.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The one-time hand-over of an identity the OpenID Connect provider vouched for, from the OIDC web module to the
 * application's own session: only the SHA-256 of the random ticket is kept, it is deleted when used and worthless
 * after {@link #expiresAt()}. It is in the database, not in memory, because a cluster's nodes share no sessions.
 */
@Entity
@Table(name = "oidc_ticket")
public class SignInTicket {

    @Id
    @Column(length = 64)
    private String hash;

    /** The SHA-256 of the binding the browser holds in its cookie (ExternalSignIns.BINDING_COOKIE). */
    @Column(name = "binding_hash", nullable = false, length = 64)
    private String bindingHash;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "display_name", length = UserAccount.MAX_DISPLAY_NAME)
    private String displayName;

    @Column(length = UserAccount.MAX_EMAIL)
    private String email;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    /** The provider's ID token, kept only as the hint of the sign-out at the provider (id_token_hint). */
    @Column(name = "id_token", length = 8000)
    private String idToken;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SignInTicket() {
        // for JPA
    }

    public SignInTicket(String hash, String bindingHash, String subject, String displayName, String email,
                        boolean emailVerified, String idToken, Instant expiresAt) {
        this.hash = Objects.requireNonNull(hash, "hash");
        this.bindingHash = Objects.requireNonNull(bindingHash, "bindingHash");
        this.subject = Objects.requireNonNull(subject, "subject");
        // a name longer than the column is cut; an address longer is dropped (a cut one could match another's)
        this.displayName = PendingSignIn.clip(displayName, UserAccount.MAX_DISPLAY_NAME);
        this.email = email != null && email.strip().length() <= UserAccount.MAX_EMAIL ? email.strip() : null;
        this.emailVerified = emailVerified;
        this.idToken = idToken != null && idToken.length() <= 8000 ? idToken : null;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public String bindingHash() {
        return bindingHash;
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

    public String idToken() {
        return idToken;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
