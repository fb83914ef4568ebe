package be.vierdepijler.web.platform;

import be.vierdepijler.core.report.application.RollupFolding;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten seconds on every node, folds the figures' changes into their roll-ups (docs/adr/0018), a batch per
 * transaction until none is left. Not a persistent or clustered timer: folds take turns on one row of the database,
 * and a figure is right whether or not its changes were folded yet, so a node that is down misses nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RollupSchedule {

    private static final Logger LOG = Logger.getLogger(RollupSchedule.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    RollupFolding folding;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "figure-rollups")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fold() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (folding.fold() >= RollupFolding.BATCH) {
                LOG.fine("Folded a full batch of figure changes; folding the next");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Folding the figures' changes failed; the next run tries again in ten seconds: "
                    + e.getClass().getSimpleName());
        } finally {
            running.set(false);
        }
    }
}
