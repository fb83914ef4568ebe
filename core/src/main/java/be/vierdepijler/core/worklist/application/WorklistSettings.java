package be.vierdepijler.core.worklist.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * After how many weeks without hours an active trajectory is on the worklist ({@code no-hours}): {@value #ENVIRONMENT}
 * (default {@value #DEFAULT_WEEKS}), read once at start-up ({@value #PROPERTY} as a system property wins). A value that
 * is not a whole number from 1 to {@value #MAX_WEEKS} is refused with a warning in the log, and the default applies.
 */
@ApplicationScoped
public class WorklistSettings {

    public static final String ENVIRONMENT = "VP_WORKLIST_IDLE_WEEKS";
    public static final String PROPERTY = "vp.worklist.idle.weeks";
    public static final int DEFAULT_WEEKS = 3;
    static final int MAX_WEEKS = 52;

    private static final Logger LOG = Logger.getLogger(WorklistSettings.class.getName());

    private int idleWeeks = DEFAULT_WEEKS;

    @PostConstruct
    void read() {
        String raw = System.getProperty(PROPERTY);
        if (raw == null) {
            raw = System.getenv(ENVIRONMENT);
        }
        String configured = raw;
        idleWeeks = parse(raw).orElseGet(() -> {
            if (configured != null && !configured.isBlank()) {
                LOG.warning(() -> ENVIRONMENT + "=" + configured + " is not a number of weeks from 1 to " + MAX_WEEKS
                        + "; the default of " + DEFAULT_WEEKS + " weeks applies.");
            }
            return DEFAULT_WEEKS;
        });
        LOG.info(() -> "The worklist shows active trajectories without hours for " + idleWeeks + " weeks.");
    }

    /** The weeks in {@code raw}, when it is a whole number from 1 to {@value #MAX_WEEKS}. */
    static OptionalInt parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(raw.strip());
            return value >= 1 && value <= MAX_WEEKS ? OptionalInt.of(value) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    public int idleWeeks() {
        return idleWeeks;
    }
}
