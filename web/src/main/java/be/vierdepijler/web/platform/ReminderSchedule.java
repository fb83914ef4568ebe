package be.vierdepijler.web.platform;

import be.vierdepijler.core.trajectory.application.ConfirmationReminders;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour at seven past, on every node, sends the reminders of e-mailed confirmation links whose hours are still
 * pending after seven days. Not a persistent or clustered timer, for the reason the retention and mail runs give: each
 * link's reminder is claimed by one conditional update ({@link ConfirmationReminders}), so nodes running together send
 * it once. Each link is handled in a transaction of its own, so the timer runs outside one.
 */
@Singleton
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Inject
    ConfirmationReminders reminders;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "confirmation-reminders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        try {
            int sent = reminders.run();
            if (sent > 0) {
                LOG.info(() -> sent + " reminders of confirmation links were written to the outbox.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The reminder run failed; it runs again next hour", e);
        }
    }
}
