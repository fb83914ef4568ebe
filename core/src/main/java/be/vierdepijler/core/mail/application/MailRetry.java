package be.vierdepijler.core.mail.application;

import be.vierdepijler.core.shared.Settings;
import be.vierdepijler.core.mail.domain.RetryPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The back-off of the outbox: the first wait {@value #ENVIRONMENT} seconds (default {@value #DEFAULT_SECONDS};
 * {@value #PROPERTY} as a system property wins, as the test server uses), doubling up to an hour, eight attempts in
 * all ({@link RetryPolicy}). Read once at start-up; a value that is not a whole number from 1 to
 * {@value #MAX_SECONDS} is refused with a warning and the default applies.
 */
@ApplicationScoped
public class MailRetry {

    public static final String ENVIRONMENT = "VP_MAIL_RETRY_SECONDS";
    public static final String PROPERTY = "vp.mail.retry.seconds";
    public static final int DEFAULT_SECONDS = 60;
    static final int MAX_SECONDS = 3600;

    private RetryPolicy policy;

    @PostConstruct
    void read() {
        policy = RetryPolicy.withBase(Duration.ofSeconds(Settings.wholeNumber(PROPERTY, ENVIRONMENT, 1, MAX_SECONDS,
                DEFAULT_SECONDS)));
    }

    /** The seconds in {@code raw}, when it is a whole number from 1 to {@value #MAX_SECONDS}. */
    static OptionalInt parse(String raw) {
        return Settings.parse(raw, 1, MAX_SECONDS);
    }

    public RetryPolicy policy() {
        return policy;
    }
}
