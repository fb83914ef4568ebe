package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.shared.Settings;
import be.vierdepijler.core.trajectory.domain.Backdating;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The trajectory's knobs, read once at start-up: {@value #BACKDATE_ENVIRONMENT} (system property
 * {@value #BACKDATE_PROPERTY}), how many days before a trajectory was opened a placement may start and hours may be
 * dated, 0–365, default 90 (see {@link Backdating}); {@value #PUBLIC_URL_ENVIRONMENT} (system property
 * {@value #PUBLIC_URL_PROPERTY}), the address at which people outside reach the web UI, for the links in e-mails
 * (default: the address the request came in on, or {@code http://localhost:<VP_HTTP_PORT>} for a scheduled mail).
 */
@ApplicationScoped
public class TrajectorySettings {

    public static final String BACKDATE_ENVIRONMENT = "VP_BACKDATE_DAYS";
    public static final String BACKDATE_PROPERTY = "vp.backdate.days";
    public static final String PUBLIC_URL_ENVIRONMENT = "VP_PUBLIC_URL";
    public static final String PUBLIC_URL_PROPERTY = "vp.public.url";

    private static final Logger LOG = Logger.getLogger(TrajectorySettings.class.getName());

    private Backdating backdating;
    private Optional<String> publicUrl;
    private String localUrl;

    @PostConstruct
    void read() {
        backdating = new Backdating(Settings.wholeNumber(BACKDATE_PROPERTY, BACKDATE_ENVIRONMENT, 0,
                Backdating.MAX_DAYS, Backdating.DEFAULT_DAYS));
        LOG.info(() -> "Placements and hours reach back " + backdating.days() + " days before a trajectory opened.");
        publicUrl = Settings.text(PUBLIC_URL_PROPERTY, PUBLIC_URL_ENVIRONMENT).map(u -> u.replaceAll("/+$", ""));
        localUrl = "http://localhost:" + Settings.wholeNumber("vp.http.port", "VP_HTTP_PORT", 1, 65535, 8080);
    }

    /**
     * Where people outside reach the web UI: {@code VP_PUBLIC_URL} when set, else {@code requestBase} (the address a
     * request came in on; null for a scheduled job, which then says {@code http://localhost:<VP_HTTP_PORT>}).
     */
    public String publicUrl(String requestBase) {
        return publicUrl.orElseGet(() -> requestBase == null ? localUrl : requestBase.replaceAll("/+$", ""));
    }

    public Backdating backdating() {
        return backdating;
    }
}
