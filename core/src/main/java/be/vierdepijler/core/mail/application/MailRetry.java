package be.vierdepijler.core.mail.application;

import be.vierdepijler.core.mail.domain.RetryPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(MailRetry.class.getName());

    private RetryPolicy policy;

    @PostConstruct
    void read() {
        String raw = System.getProperty(PROPERTY);
        if (raw == null) {
            raw = System.getenv(ENVIRONMENT);
        }
        String configured = raw;
        int seconds = parse(raw).orElseGet(() -> {
            if (configured != null && !configured.isBlank()) {
                LOG.warning(() -> ENVIRONMENT + "=" + configured + " is not a number of seconds from 1 to "
                        + MAX_SECONDS + "; the default of " + DEFAULT_SECONDS + " seconds applies.");
            }
            return DEFAULT_SECONDS;
        });
        policy = RetryPolicy.withBase(Duration.ofSeconds(seconds));
    }

    /** The seconds in {@code raw}, when it is a whole number from 1 to {@value #MAX_SECONDS}. */
    static OptionalInt parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(raw.strip());
            return value >= 1 && value <= MAX_SECONDS ? OptionalInt.of(value) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    public RetryPolicy policy() {
        return policy;
    }
}
