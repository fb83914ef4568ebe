package be.vierdepijler.core.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private ProvidedProfile profile;

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
        this.profile = ProvidedProfile.of(displayName, email, emailVerified);
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
        return profile.displayName();
    }

    public String email() {
        return profile.email();
    }

    public boolean emailVerified() {
        return profile.emailVerified();
    }

    public String idToken() {
        return idToken;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
