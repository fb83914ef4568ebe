package be.vierdepijler.core.worklist.application;

import be.vierdepijler.core.shared.Settings;
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
        idleWeeks = Settings.wholeNumber(PROPERTY, ENVIRONMENT, 1, MAX_WEEKS, DEFAULT_WEEKS);
        LOG.info(() -> "The worklist shows active trajectories without hours for " + idleWeeks + " weeks.");
    }

    /** The weeks in {@code raw}, when it is a whole number from 1 to {@value #MAX_WEEKS}. */
    static OptionalInt parse(String raw) {
        return Settings.parse(raw, 1, MAX_WEEKS);
    }

    public int idleWeeks() {
        return idleWeeks;
    }
}
