package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.shared.Settings;
import be.vierdepijler.core.trajectory.domain.Backdating;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The trajectory's knobs, read once at start-up: {@value #BACKDATE_ENVIRONMENT} (system property
 * {@value #BACKDATE_PROPERTY}), how many days before a trajectory was opened a placement may start and hours may be
 * dated, 0–365, default 90 (see {@link Backdating}).
 */
@ApplicationScoped
public class TrajectorySettings {

    public static final String BACKDATE_ENVIRONMENT = "VP_BACKDATE_DAYS";
    public static final String BACKDATE_PROPERTY = "vp.backdate.days";

    private static final Logger LOG = Logger.getLogger(TrajectorySettings.class.getName());

    private Backdating backdating;

    @PostConstruct
    void read() {
        backdating = new Backdating(Settings.wholeNumber(BACKDATE_PROPERTY, BACKDATE_ENVIRONMENT, 0,
                Backdating.MAX_DAYS, Backdating.DEFAULT_DAYS));
        LOG.info(() -> "Placements and hours reach back " + backdating.days() + " days before a trajectory opened.");
    }

    public Backdating backdating() {
        return backdating;
    }
}
