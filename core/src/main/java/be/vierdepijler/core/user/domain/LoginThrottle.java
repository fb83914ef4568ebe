package be.vierdepijler.core.user.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Back-off after repeated failed log-ins: after {@link #MAX_FAILURES} failures in a row an account is locked for
 * {@link #LOCK}, whatever password is tried meanwhile. A success resets the count. The state lives in the database
 * (on the account), so every node of a cluster sees the same lock.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The lock that follows a failure when the account had {@code failuresBefore} failures; null for no lock. */
    public static Instant lockAfterFailure(int failuresBefore, Instant now) {
        return failuresBefore + 1 >= MAX_FAILURES ? now.plus(LOCK) : null;
    }
}
