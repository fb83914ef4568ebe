package be.vierdepijler.web.platform;

import be.vierdepijler.core.privacy.application.RetentionJob;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the retention job every night at 03:15 (Belgian time) on every node. Not a persistent or clustered timer on
 * purpose: the job itself is safe when nodes run it together (each person is taken by one conditional update, see
 * {@link RetentionJob} and docs/adr/0011), so a node that was down simply runs again the next night, and nothing needs
 * a timer store. Each person is erased in a transaction of its own, so the timer runs outside one.
 */
@Singleton
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    RetentionJob retention;

    @Schedule(hour = "3", minute = "15", timezone = "Europe/Brussels", persistent = false, info = "retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        try {
            retention.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The retention job failed; it runs again next night", e);
        }
    }
}
