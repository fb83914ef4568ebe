package be.vierdepijler.core.mail.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands a mail to the dispatcher once the transaction that wrote it committed, on a thread of the server's managed
 * executor, so that the request that caused it neither waits for the SMTP server nor fails with it. A mail of a
 * rolled-back transaction never reaches this; one whose hand-off is lost (the server stops) is sent by the scheduled
 * run.
 */
@ApplicationScoped
public class MailHandoff {

    /** The server's default managed executor, by its global name (this bean lives in the EAR's lib/). */
    static final String EXECUTOR = "java:jboss/ee/concurrency/executor/default";

    private static final Logger LOG = Logger.getLogger(MailHandoff.class.getName());

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    MailDispatcher dispatcher;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued mail) {
        try {
            executor.execute(() -> {
                try {
                    dispatcher.dispatch(mail.id());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Mail " + mail.id() + " could not be handed over now; the scheduled run"
                            + " sends it: " + e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> "Mail " + mail.id() + " waits for the scheduled run: the executor refused it.");
        }
    }
}
