package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a command on an aggregate in its own transaction and, when another transaction changed the aggregate in the
 * meantime (optimistic lock failure), runs it again from fresh state: the second of two concurrent hour entries is
 * checked against the first instead of being lost or overwriting it. After {@value #ATTEMPTS} attempts the caller
 * gets a 409.
 */
@ApplicationScoped
public class Retry {

    static final int ATTEMPTS = 25;
    private static final Logger LOG = Logger.getLogger(Retry.class.getName());

    @Inject
    Transactions transactions;

    public <T> T onConflict(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inNewTransaction(work);
            } catch (RuntimeException e) {
                if (!isConcurrentChange(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new ConflictException("concurrent-change", "Iemand anders wijzigde dit traject tegelijk;"
                            + " probeer opnieuw.");
                }
                int finalAttempt = attempt;
                LOG.fine(() -> "concurrent change, attempt " + finalAttempt + ": " + e);
                sleep(attempt);
            }
        }
    }

    static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("OptimisticLockException") || name.endsWith("StaleObjectStateException")
                    || name.endsWith("StaleStateException") || name.endsWith("PessimisticLockException")
                    || name.endsWith("LockTimeoutException") || name.endsWith("LockAcquisitionException")) {
                return true;
            }
            // Two confirmations that each reach the target at once (on two nodes): the second one's certificate
            // meets the first one's in the unique key before its version check fails. That is a concurrent change
            // as well: from fresh state the trajectory is completed and the caller gets a 409, never a 500.
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT)
                    .contains("uq_certificate_trajectory")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
