package be.vierdepijler.core.user.application;

import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.user.domain.PasswordHasher;
import be.vierdepijler.core.user.domain.UserAccount;
import be.vierdepijler.core.user.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Creates the first administrator, {@code admin}, when the platform has no user yet: with the given password, or with a
 * random one that the caller prints once. Does nothing once any user exists, so it is safe at every start and on
 * every node (the unique username stops a second node that races this one).
 */
@ApplicationScoped
public class AdministratorBootstrap {

    public static final String ADMIN = "admin";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /**
     * @param configuredPassword the password to set, or empty to generate one
     * @return the generated password when one was generated and the account created; empty otherwise
     */
    @Transactional
    public Optional<String> ensureAdministrator(Optional<String> configuredPassword) {
        if (users.anyExists()) {
            return Optional.empty();
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(AdministratorBootstrap::generate);
        users.add(new UserAccount(ADMIN, "Beheerder", null, Role.ADMINISTRATOR, Set.of(), null, null,
                hasher.hash(password.toCharArray()), clock.instant()));
        return configuredPassword.filter(p -> !p.isBlank()).isPresent() ? Optional.empty() : Optional.of(password);
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
