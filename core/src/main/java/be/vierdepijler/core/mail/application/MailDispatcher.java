package be.vierdepijler.core.mail.application;

import be.vierdepijler.core.mail.domain.ClaimedMail;
import be.vierdepijler.core.mail.domain.MailErrors;
import be.vierdepijler.core.mail.domain.MailOutbox;
import be.vierdepijler.core.privacy.application.InNewTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's mails: one right after the transaction that wrote it committed ({@link #dispatch}, through
 * {@link MailHandoff}), and every few seconds whatever is due ({@link #dispatchDue}: retries, and mails left behind by
 * a node that stopped). Never inside a business transaction: each mail is claimed in a transaction of its own (one
 * conditional update that exactly one node wins), sent with no transaction open, and its outcome written in another.
 *
 * <p>A claim holds the mail for {@link #LEASE}; a node that dies mid-send leaves it {@code sending}, and any node takes
 * it again once the claim ran out. A node that sent a mail but died before writing "sent" makes it go out twice: the
 * outbox delivers at least once (docs/adr/0012).
 *
 * <p>The log names mails by id and kind only, never an address or a body. While the SMTP server cannot be reached,
 * the first failure is a warning and the following ones (until a mail goes out again) are quiet.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MailDispatcher {

    /** How long a claim holds a mail: well above the longest send (connect 10 s, then 30 s per read or write). */
    public static final Duration LEASE = Duration.ofMinutes(5);
    static final int BATCH = 50;
    /** After this many failures in a row a run stops: the server is likely down, and the next run tries again. */
    static final int FAILURES_TO_STOP_A_RUN = 3;

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    private final AtomicBoolean failing = new AtomicBoolean();

    @Inject
    MailOutbox outbox;

    @Inject
    InNewTransaction transaction;

    @Inject
    MailTransport transport;

    @Inject
    MailRetry retry;

    @Inject
    Clock clock;

    /**
     * Sends one mail if it can be claimed now (it is due and nobody else took it).
     *
     * @return whether this call sent it
     */
    public boolean dispatch(long id) {
        if (!SmtpSettings.current().configured()) {
            return false;
        }
        return claim(id).map(this::deliver).orElse(false);
    }

    /**
     * Sends every mail that is due now, in batches, until none is left or the server keeps failing.
     *
     * @return how many this run sent
     */
    public int dispatchDue() {
        if (!SmtpSettings.current().configured()) {
            return 0;
        }
        int sent = 0;
        int failuresInARow = 0;
        while (true) {
            Instant now = clock.instant();
            List<Long> due = transaction.call(() -> outbox.due(now, BATCH));
            int claimed = 0;
            for (long id : due) {
                Optional<ClaimedMail> mail = claim(id);
                if (mail.isEmpty()) {
                    continue; // another node (or the hand-off) was first
                }
                claimed++;
                if (deliver(mail.get())) {
                    sent++;
                    failuresInARow = 0;
                } else if (++failuresInARow >= FAILURES_TO_STOP_A_RUN) {
                    return sent;
                }
            }
            if (due.size() < BATCH || claimed == 0) {
                return sent;
            }
        }
    }

    private Optional<ClaimedMail> claim(long id) {
        Instant now = clock.instant();
        return transaction.call(() -> outbox.claim(id, now, now.plus(LEASE)));
    }

    /** Sends a claimed mail and writes the outcome; whether it went out. */
    private boolean deliver(ClaimedMail mail) {
        if (mail.body() == null) {
            transaction.call(() -> outbox.markFailed(mail.id(), mail.attempts(), "Geen inhoud meer om te verzenden."));
            LOG.warning(() -> "Mail " + mail.id() + " (" + mail.kind() + ") had no body left and was given up.");
            return false;
        }
        try {
            transport.send(mail);
        } catch (MailDeliveryException e) {
            failed(mail, e);
            return false;
        } catch (RuntimeException e) {
            failed(mail, new MailDeliveryException(e, false));
            return false;
        }
        Instant now = clock.instant();
        if (!transaction.call(() -> outbox.markSent(mail.id(), mail.attempts(), now))) {
            LOG.warning(() -> "Mail " + mail.id() + " (" + mail.kind() + ") was sent after its claim ran out and"
                    + " another node took it over: it may arrive twice.");
        }
        if (failing.compareAndSet(true, false)) {
            LOG.info("Mails are being sent again.");
        }
        return true;
    }

    private void failed(ClaimedMail mail, MailDeliveryException e) {
        String error = MailErrors.describe(e.getCause() == null ? e : e.getCause());
        Optional<Instant> next = e.permanent() ? Optional.empty()
                : retry.policy().nextAttempt(mail.attempts(), clock.instant());
        if (next.isPresent()) {
            transaction.call(() -> outbox.markRetry(mail.id(), mail.attempts(), next.get(), error));
            if (failing.compareAndSet(false, true)) {
                LOG.warning(() -> "Mail " + mail.id() + " (" + mail.kind() + ") could not be sent: " + error
                        + ". Mails are retried with back-off; further failures are logged at FINE until one goes"
                        + " out again.");
            } else {
                LOG.fine(() -> "Mail " + mail.id() + " (" + mail.kind() + "), attempt " + mail.attempts()
                        + " failed: " + error + "; next attempt at " + next.get());
            }
        } else {
            transaction.call(() -> outbox.markFailed(mail.id(), mail.attempts(), error));
            LOG.log(Level.WARNING, () -> "Mail " + mail.id() + " (" + mail.kind() + ") failed for good after "
                    + mail.attempts() + " attempt(s): " + error);
        }
    }

    /** What the log says about mail at start-up. */
    public String describeConfiguration() {
        SmtpSettings settings = SmtpSettings.current();
        return settings.problem().orElseGet(() -> "Mails are sent through " + SmtpSettings.JNDI_NAME + " (TLS: "
                + settings.tls().orElseThrow().code() + ", authentication: " + (settings.authenticates() ? "yes"
                : "no") + "), retried after " + retry.policy().base().toSeconds() + " s, doubling, "
                + retry.policy().maxAttempts() + " attempts.");
    }
}
