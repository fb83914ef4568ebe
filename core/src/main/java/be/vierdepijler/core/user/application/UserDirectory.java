package be.vierdepijler.core.user.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.user.domain.PasswordHasher;
import be.vierdepijler.core.user.domain.UserAccount;
import be.vierdepijler.core.user.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Managing user accounts and their scopes. Administrators manage everybody. A network coordinator sees and manages
 * the local officers of the municipalities in their own networks and the contacts of the organisations there. Every
 * other role may only see itself and change its own password, through {@link #changeOwnPassword}.
 */
@ApplicationScoped
@Transactional
public class UserDirectory {

    /** The roles a network coordinator may manage. */
    static final Set<Role> COORDINATOR_MANAGES = EnumSet.of(Role.LOCAL_OFFICER, Role.ORGANISATION_CONTACT);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserAccount> find(Caller caller, String query, PageRequest page) {
        if (caller.isAdministrator()) {
            return users.find(null, null, null, null, query, page);
        }
        requireCoordinator(caller);
        return users.find(COORDINATOR_MANAGES, caller.networkIds(), places.municipalitiesIn(caller.networkIds()),
                places.organisationsIn(caller.networkIds()), query, page);
    }

    /**
     * Opens one account, and logs that the caller read it.
     *
     * @throws NotFoundException when the account does not exist or lies outside what the caller manages
     */
    public UserAccount open(Caller caller, long id) {
        UserAccount account = get(caller, id);
        audit.recordRead(caller, AuditLog.USER, String.valueOf(id));
        return account;
    }

    /** @throws NotFoundException when the account does not exist or lies outside what the caller manages */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount get(Caller caller, long id) {
        UserAccount account = users.byId(id).orElseThrow(() -> new NotFoundException("gebruiker", String.valueOf(id)));
        if (caller.userId() == id
                || manages(caller, account.role(), account.municipalityNis(), account.organisationId())) {
            return account;
        }
        throw new NotFoundException("gebruiker", String.valueOf(id));
    }

    public UserAccount create(Caller caller, NewUser user) {
        // Every problem in one answer: the account's own fields, its places, the password, a taken username.
        List<FieldViolation> violations = new ArrayList<>(UserAccount.violations(user.username(), user.displayName(),
                user.email(), user.role(), user.networkIds(), user.municipalityNis(), user.organisationId()));
        violations.addAll(placeViolations(user.networkIds(), user.municipalityNis(), user.organisationId()));
        violations.addAll(passwordViolations("password", user.initialPassword()));
        if (users.byUsername(user.username() == null ? "" : user.username()).isPresent()) {
            violations.add(new FieldViolation("username", "taken", "Deze gebruikersnaam is al in gebruik."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UserAccount account = new UserAccount(user.username(), user.displayName(), user.email(), user.role(),
                user.networkIds(), user.municipalityNis(), user.organisationId(),
                hasher.hash(user.initialPassword().toCharArray()), clock.instant());
        if (!manages(caller, account.role(), account.municipalityNis(), account.organisationId())) {
            throw new ForbiddenException("Je mag geen " + account.role().label().toLowerCase()
                    + " aanmaken voor dit netwerk of deze gemeente.");
        }
        account.changePasswordHash(account.passwordHash(), true);
        return users.add(account);
    }

    /**
     * An administrator creates an account for a person the OpenID Connect provider knows, linked to its subject: no
     * password of ours is ever used (a random one stands in), so nothing needs changing at the first sign-in.
     */
    public UserAccount createLinked(Caller caller, NewUser user, String subject) {
        requireAdministrator(caller);
        List<FieldViolation> violations = new ArrayList<>(UserAccount.violations(user.username(), user.displayName(),
                user.email(), user.role(), user.networkIds(), user.municipalityNis(), user.organisationId()));
        violations.addAll(placeViolations(user.networkIds(), user.municipalityNis(), user.organisationId()));
        if (users.byUsername(user.username() == null ? "" : user.username()).isPresent()) {
            violations.add(new FieldViolation("username", "taken", "Deze gebruikersnaam is al in gebruik."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        UserAccount account = new UserAccount(user.username(), user.displayName(), user.email(), user.role(),
                user.networkIds(), user.municipalityNis(), user.organisationId(),
                hasher.hash(java.util.Base64.getEncoder().encodeToString(random).toCharArray()), clock.instant());
        account.linkToSubject(subject);
        return users.add(account);
    }

    /** An administrator links an existing account, not linked yet, to the provider's subject. */
    public UserAccount link(Caller caller, long id, String subject) {
        requireAdministrator(caller);
        UserAccount account = get(caller, id);
        if (account.oidcSubject() != null) {
            throw new InvalidInputException("userId", "already-linked",
                    "Deze gebruiker is al gekoppeld aan een aanmelding bij de identiteitsprovider.");
        }
        account.linkToSubject(subject);
        return flushed(account);
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("Alleen beheerders geven toegang aan wie zich extern aanmeldde.");
        }
    }

    public UserAccount change(Caller caller, long id, long expectedVersion, UserChange change) {
        UserAccount account = get(caller, id);
        if (!manages(caller, account.role(), account.municipalityNis(), account.organisationId())) {
            throw new ForbiddenException("Je mag deze gebruiker niet wijzigen.");
        }
        if (account.version() != expectedVersion) {
            throw new ConcurrentModificationException("gebruiker", String.valueOf(id), account.version());
        }
        List<FieldViolation> violations = placeViolations(change.networkIds(), change.municipalityNis(),
                change.organisationId());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!manages(caller, account.role(), change.municipalityNis(), change.organisationId())) {
            throw new ForbiddenException("Je mag deze gebruiker niet buiten je eigen netwerken plaatsen.");
        }
        if (caller.userId() == id && !change.active()) {
            throw new InvalidInputException("active", "self", "Je kan je eigen account niet uitschakelen.");
        }
        account.changeProfile(change.displayName(), change.email(), change.active());
        account.changeScope(change.networkIds(), change.municipalityNis(), change.organisationId());
        return flushed(account);
    }

    /**
     * Sets a new password that the user must change at the next log-in. Not one's own: that goes through
     * {@link #changeOwnPassword}, which asks for the current password (else an unattended session could take the
     * account over).
     */
    public UserAccount resetPassword(Caller caller, long id, String newPassword) {
        UserAccount account = get(caller, id);
        if (!manages(caller, account.role(), account.municipalityNis(), account.organisationId())) {
            throw new ForbiddenException("Je mag het wachtwoord van deze gebruiker niet herstellen.");
        }
        if (caller.userId() == id) {
            throw new InvalidInputException("password", "self", "Je eigen wachtwoord wijzig je via 'Wachtwoord"
                    + " wijzigen' (PUT /api/v1/session/password), met je huidige wachtwoord.");
        }
        List<FieldViolation> violations = passwordViolations("password", newPassword);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()), true);
        account.recordSuccessfulLogin();
        return flushed(account);
    }

    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        UserAccount account = users.byId(caller.userId())
                .orElseThrow(() -> new NotFoundException("gebruiker", caller.username()));
        List<FieldViolation> violations = new ArrayList<>();
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), account.passwordHash())) {
            violations.add(new FieldViolation("currentPassword", "wrong", "Je huidige wachtwoord klopt niet."));
        }
        violations.addAll(passwordViolations("newPassword", newPassword));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            violations.add(new FieldViolation("newPassword", "unchanged", "Kies een ander wachtwoord dan je huidige."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()), false);
        flushed(account);
    }

    /** The roles the caller may give an account (and manage accounts of): all, some, or none. */
    public static Set<Role> grantableBy(Caller caller) {
        if (caller.isAdministrator()) {
            return Collections.unmodifiableSet(EnumSet.allOf(Role.class));
        }
        return Collections.unmodifiableSet(caller.role() == Role.NETWORK_COORDINATOR ? COORDINATOR_MANAGES
                : EnumSet.noneOf(Role.class));
    }

    private boolean manages(Caller caller, Role role, String municipalityNis, Long organisationId) {
        if (caller.isAdministrator()) {
            return true;
        }
        if (!grantableBy(caller).contains(role)) {
            return false;
        }
        Optional<String> network = municipalityNis != null ? places.networkOfMunicipality(municipalityNis)
                : organisationId != null ? places.networkOfOrganisation(organisationId) : Optional.empty();
        return network.map(caller::coversNetwork).orElse(false);
    }

    private static void requireCoordinator(Caller caller) {
        if (caller.role() != Role.NETWORK_COORDINATOR) {
            throw new ForbiddenException("Alleen beheerders en netwerkcoördinatoren beheren gebruikers.");
        }
    }

    private List<FieldViolation> placeViolations(Set<String> networkIds, String municipalityNis, Long organisationId) {
        List<FieldViolation> v = new ArrayList<>();
        if (networkIds != null) {
            networkIds.stream().filter(n -> !places.networkExists(n)).forEach(n -> v.add(new FieldViolation(
                    "networkIds", "unknown-network", "Er bestaat geen netwerk '" + n + "'.")));
        }
        if (municipalityNis != null && places.networkOfMunicipality(municipalityNis).isEmpty()) {
            v.add(new FieldViolation("municipalityNis", "unknown-municipality",
                    "Er bestaat geen gemeente met NIS-code '" + municipalityNis + "'."));
        }
        if (organisationId != null && places.networkOfOrganisation(organisationId).isEmpty()) {
            v.add(new FieldViolation("organisationId", "unknown-organisation",
                    "Er bestaat geen organisatie met id " + organisationId + "."));
        }
        return v;
    }

    static List<FieldViolation> passwordViolations(String field, String password) {
        if (password == null || password.length() < UserAccount.MIN_PASSWORD_LENGTH) {
            return List.of(new FieldViolation(field, "too-short", "Een wachtwoord telt minstens "
                    + UserAccount.MIN_PASSWORD_LENGTH + " tekens."));
        }
        return List.of();
    }

    private UserAccount flushed(UserAccount account) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("gebruiker", account.username(), account.version());
        }
        return account;
    }
}
