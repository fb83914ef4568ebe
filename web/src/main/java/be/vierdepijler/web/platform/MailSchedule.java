package be.vierdepijler.web.platform;

import be.vierdepijler.core.mail.application.MailDispatcher;
import jakarta.annotation.PostConstruct;
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
 * Every five seconds on every node, sends the outbox's mails that are due: retries whose back-off passed, and mails
 * that a stopped node left behind (queued when it stopped, or claimed mid-send). Mails are normally sent at once after
 * the transaction that wrote them (see {@link MailDispatcher}); this run catches the rest. Not a persistent or
 * clustered timer: each mail is claimed by one conditional update, so nodes running together send each mail once, and
 * a node that was down needs no timer store to catch up. A run still busy when the next is due lets it pass. The
 * first run waits for the database migration (a timer may fire while the deployment is still migrating).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    MailDispatcher dispatcher;

    @PostConstruct
    void describe() {
        LOG.info(dispatcher.describeConfiguration());
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "mail-outbox")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void due() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail run failed; the next one tries again in five seconds: "
                    + e.getClass().getSimpleName());
        } finally {
            running.set(false);
        }
    }
}
