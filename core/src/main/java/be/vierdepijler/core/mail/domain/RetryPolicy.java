package be.vierdepijler.core.mail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a mail whose attempt failed is tried again: after {@code base × 2^(attempts − 1)}, at most {@code cap}, until
 * {@code maxAttempts} attempts were made; then it has failed for good. With the default base of a minute and eight
 * attempts: 1, 2, 4, 8, 16, 32 and 60 minutes, about two hours in all before the mail is given up.
 *
 * @param base        the wait after the first failed attempt
 * @param cap         the longest wait between two attempts (never below {@code base})
 * @param maxAttempts how many attempts are made in all
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

    public static final int DEFAULT_MAX_ATTEMPTS = 8;
    public static final Duration DEFAULT_CAP = Duration.ofHours(1);

    public RetryPolicy {
        Objects.requireNonNull(base);
        Objects.requireNonNull(cap);
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("the base wait must be positive: " + base);
        }
        if (cap.compareTo(base) < 0) {
            cap = base;
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
        }
    }

    /** The default cap and number of attempts around the given base wait. */
    public static RetryPolicy withBase(Duration base) {
        return new RetryPolicy(base, DEFAULT_CAP, DEFAULT_MAX_ATTEMPTS);
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("no attempt was made yet: " + attempts);
        }
        // base × 2^(attempts − 1) without overflow: past 2^30 (or once above the cap) the cap applies anyway.
        int doublings = Math.min(attempts - 1, 30);
        long capMillis = cap.toMillis();
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < capMillis; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, capMillis));
    }

    /**
     * When to try again after the {@code attempts}-th attempt failed at {@code now}; empty when that was the last
     * attempt and the mail has failed for good.
     */
    public Optional<Instant> nextAttempt(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(attempts)));
    }
}
