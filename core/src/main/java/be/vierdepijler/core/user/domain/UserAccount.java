package be.vierdepijler.core.user.domain;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person who signs in. Invariants: the role's scope is complete and nothing else is set (a coordinator has at least
 * one network and no municipality; a local officer exactly one municipality; an organisation contact one
 * organisation; an administrator or viewer none); the password is stored only as a slow salted hash; failed log-ins
 * lock the account for a while ({@link LoginThrottle}). Every change of the profile, role or scope is audited
 * (Envers); the password hash and the log-in counters are not. An account may be linked to the subject of the
 * OpenID Connect provider (docs/adr/0021). Longer than 300 lines because the checks of every field and scope belong
 * with the account they guard.
 */
@Entity
@Table(name = "app_user")
@Audited
public class UserAccount {

    /** Lower-case letters, digits, dot, dash, underscore, at: an e-mail address also fits. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{1,79}";
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_DISPLAY_NAME = 120;
    public static final int MAX_EMAIL = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(length = MAX_EMAIL)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_network", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "network_id", length = 40)
    private Set<String> networkIds = new HashSet<>();

    @Column(name = "municipality_nis", length = 5)
    private String municipalityNis;

    @Column(name = "organisation_id")
    private Long organisationId;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean active = true;

    /** The subject (sub) of the OpenID Connect provider this account is linked to; null when not linked. */
    @Column(name = "oidc_subject", length = 255, unique = true)
    private String oidcSubject;

    @NotAudited
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String email, Role role, Set<String> networkIds,
                       String municipalityNis, Long organisationId, String passwordHash, Instant createdAt) {
        List<FieldViolation> violations = violations(username, displayName, email, role, networkIds,
                municipalityNis, organisationId);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.username = username;
        this.displayName = displayName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.role = role;
        this.networkIds = new HashSet<>(networkIds == null ? Set.of() : networkIds);
        this.municipalityNis = municipalityNis;
        this.organisationId = organisationId;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Every field of a new account that is not in order; empty when it may be created. */
    public static List<FieldViolation> violations(String username, String displayName, String email, Role role,
                                                  Set<String> networkIds, String municipalityNis,
                                                  Long organisationId) {
        List<FieldViolation> violations = new ArrayList<>();
        if (username == null || !username.matches(USERNAME_PATTERN)) {
            violations.add(new FieldViolation("username", "invalid-username",
                    "Gebruik 2 tot 80 kleine letters, cijfers of . _ - @ (bv. an.peeters)."));
        }
        violations.addAll(profileViolations(displayName, email));
        if (role == null) {
            violations.add(new FieldViolation("role", "required", "Kies een rol."));
        } else {
            violations.addAll(scopeViolations(role, networkIds, municipalityNis, organisationId));
        }
        return violations;
    }

    /** The violations of a role's scope: what it needs, and nothing it does not. */
    /** The name (required) and e-mail address (optional), each within its column's length. */
    public static List<FieldViolation> profileViolations(String displayName, String email) {
        List<FieldViolation> v = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            v.add(new FieldViolation("displayName", "required", "Geef de naam van de gebruiker."));
        } else if (displayName.strip().length() > MAX_DISPLAY_NAME) {
            v.add(new FieldViolation("displayName", "too-long", "Een naam telt hoogstens " + MAX_DISPLAY_NAME
                    + " tekens."));
        }
        if (email != null && email.strip().length() > MAX_EMAIL) {
            v.add(new FieldViolation("email", "too-long", "Een e-mailadres telt hoogstens " + MAX_EMAIL + " tekens."));
        }
        return v;
    }

    public static List<FieldViolation> scopeViolations(Role role, Set<String> networkIds, String municipalityNis,
                                                       Long organisationId) {
        List<FieldViolation> v = new ArrayList<>();
        boolean hasNetworks = networkIds != null && !networkIds.isEmpty();
        switch (role.scopeKind()) {
            case NETWORKS -> {
                if (!hasNetworks) {
                    v.add(new FieldViolation("networkIds", "required", "Een " + role.label().toLowerCase()
                            + " werkt voor minstens één netwerk."));
                }
            }
            case MUNICIPALITY -> {
                if (municipalityNis == null || !municipalityNis.matches("\\d{5}")) {
                    v.add(new FieldViolation("municipalityNis", "required",
                            "Een medewerker van een lokaal bestuur hoort bij één gemeente (NIS-code, 5 cijfers)."));
                }
            }
            case ORGANISATION -> {
                if (organisationId == null) {
                    v.add(new FieldViolation("organisationId", "required",
                            "Een contactpersoon hoort bij één organisatie."));
                }
            }
            case NONE -> {
                // nothing needed
            }
        }
        if (hasNetworks && role.scopeKind() != Role.ScopeKind.NETWORKS) {
            v.add(new FieldViolation("networkIds", "not-allowed", "Deze rol werkt niet per netwerk."));
        }
        if (municipalityNis != null && role.scopeKind() != Role.ScopeKind.MUNICIPALITY) {
            v.add(new FieldViolation("municipalityNis", "not-allowed", "Deze rol hoort niet bij één gemeente."));
        }
        if (organisationId != null && role.scopeKind() != Role.ScopeKind.ORGANISATION) {
            v.add(new FieldViolation("organisationId", "not-allowed", "Deze rol hoort niet bij een organisatie."));
        }
        return v;
    }

    /** Links the account to the provider's subject (docs/adr/0021); audited as a change of the account. */
    public void linkToSubject(String subject) {
        this.oidcSubject = Objects.requireNonNull(subject, "subject");
    }

    public String oidcSubject() {
        return oidcSubject;
    }

    public Caller asCaller() {
        return new Caller(id == null ? 0 : id, username, role, networkIds, municipalityNis, organisationId);
    }

    /** @return whether the account is locked at {@code now} */
    public boolean isLocked(Instant now) {
        return LoginThrottle.isLocked(lockedUntil, now);
    }

    public void recordFailedLogin(Instant now) {
        Instant lock = LoginThrottle.lockAfterFailure(failedLogins, now);
        failedLogins = lock == null ? failedLogins + 1 : 0;
        if (lock != null) {
            lockedUntil = lock;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash, boolean mustChangeAtNextLogin) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.mustChangePassword = mustChangeAtNextLogin;
    }

    public void changeProfile(String newDisplayName, String newEmail, boolean newActive) {
        List<FieldViolation> v = profileViolations(newDisplayName, newEmail);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.displayName = newDisplayName.strip();
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        this.active = newActive;
    }

    public void changeScope(Set<String> newNetworkIds, String newMunicipalityNis, Long newOrganisationId) {
        List<FieldViolation> v = scopeViolations(role, newNetworkIds, newMunicipalityNis, newOrganisationId);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.networkIds = new HashSet<>(newNetworkIds == null ? Set.of() : newNetworkIds);
        this.municipalityNis = newMunicipalityNis;
        this.organisationId = newOrganisationId;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public Set<String> networkIds() {
        return Set.copyOf(networkIds);
    }

    public String municipalityNis() {
        return municipalityNis;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean active() {
        return active;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public long version() {
        return version;
    }
}
