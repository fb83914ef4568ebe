package be.vierdepijler.core.user.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.user.domain.PasswordHasher;
import be.vierdepijler.core.user.domain.UserAccount;
import be.vierdepijler.core.user.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a username and password. Failures are counted on the account and lock it for a while after
 * {@link be.vierdepijler.core.user.domain.LoginThrottle#MAX_FAILURES} in a row; an unknown username costs the same
 * hash computation as a known one, so timing does not reveal which usernames exist. Runs in its own transaction, so a
 * failure is counted even when the caller's request fails.
 */
@ApplicationScoped
public class Authenticator {

    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    private volatile String dummyHash;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuthenticationResult authenticate(String username, char[] password) {
        Optional<UserAccount> found = username == null ? Optional.empty() : users.byUsername(username.strip());
        if (found.isEmpty() || !found.get().active()) {
            hasher.verify(password, dummyHash());
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID);
        }
        UserAccount account = found.get();
        if (account.isLocked(clock.instant())) {
            return AuthenticationResult.failed(AuthenticationResult.Outcome.LOCKED);
        }
        if (!hasher.verify(password, account.passwordHash())) {
            account.recordFailedLogin(clock.instant());
            if (account.isLocked(clock.instant())) {
                LOG.warning(() -> "Account " + account.id() + " locked after repeated failed log-ins");
                return AuthenticationResult.failed(AuthenticationResult.Outcome.LOCKED);
            }
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID);
        }
        account.recordSuccessfulLogin();
        return new AuthenticationResult(AuthenticationResult.Outcome.SUCCESS, account.asCaller(),
                account.mustChangePassword());
    }

    /** The signed-in user as of now, or empty when the account is gone or deactivated since. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> current(String username) {
        return signedIn(username).map(SignedIn::caller);
    }

    /**
     * The signed-in user as of now and whether they must choose a new password first, in one read of the account (a
     * request needs both: the gate and the services); empty when the account is gone or deactivated since.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedIn> signedIn(String username) {
        return users.byUsername(username).filter(UserAccount::active)
                .map(a -> new SignedIn(a.asCaller(), a.mustChangePassword()));
    }

    /** An active account as a request sees it. */
    public record SignedIn(Caller caller, boolean mustChangePassword) {
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash("not-a-real-password".toCharArray());
        }
        return dummyHash;
    }
}
