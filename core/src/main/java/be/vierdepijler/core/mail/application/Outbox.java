package be.vierdepijler.core.mail.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.mail.domain.MailFilter;
import be.vierdepijler.core.mail.domain.MailOutbox;
import be.vierdepijler.core.mail.domain.MailState;
import be.vierdepijler.core.mail.domain.OutboxMail;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox: how the application sends e-mail. A caller writes a mail with {@link #enqueue} inside the transaction of
 * the business change that causes it, so that the mail exists exactly when that change committed; the
 * {@link MailDispatcher} sends it after the commit and retries with back-off (docs/adr/0012). The caller finds its
 * mails back by the reference it chose ({@link #status}, {@link #statuses}); administrators read the whole outbox
 * ({@link #list}).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    MailOutbox outbox;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Clock clock;

    /**
     * Writes a mail in the caller's transaction (there must be one). When SMTP is configured the mail is
     * {@code queued} and goes out once that transaction commits (never if it rolls back); when not, it is recorded as
     * {@code not-configured} without its body, and nothing is sent: tell the user to pass the message on by hand.
     *
     * @param kind      what it is, a code such as {@code confirmation-link} (lower case, digits, hyphens; ≤ 40)
     * @param reference the caller's key to find it back by, such as {@code confirmation-link:42} (≤ 200)
     * @param recipient one plain e-mail address (≤ 254)
     * @param subject   one line (≤ 200); kept after sending and shown to administrators, so no secrets in it
     * @param body      plain text (≤ 20,000); may hold a secret such as a link's token: it is cleared once the mail is
     *                  sent or failed for good, and never kept when SMTP is not configured
     * @return the outbox id and the status ({@code queued} or {@code not-configured})
     * @throws InvalidInputException naming {@code kind}, {@code reference}, {@code recipient}, {@code subject} or
     *                               {@code body} when one is missing, too long or malformed (nothing is written)
     * @throws jakarta.transaction.TransactionalException when called outside a transaction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public QueuedMail enqueue(String kind, String reference, String recipient, String subject, String body) {
        boolean configured = SmtpSettings.current().configured();
        OutboxMail mail = configured
                ? OutboxMail.queued(kind, reference, recipient, subject, body, clock.instant())
                : OutboxMail.notConfigured(kind, reference, recipient, subject, body, clock.instant());
        outbox.add(mail);
        if (configured) {
            queued.fire(new MailQueued(mail.id()));
        }
        return new QueuedMail(mail.id(), mail.status());
    }

    /** Whether mails are sent at all (an SMTP server is configured); otherwise each is recorded as not-configured. */
    public boolean smtpConfigured() {
        return SmtpSettings.current().configured();
    }

    /** The newest mail written with this reference, if any. */
    @Transactional
    public Optional<MailState> status(String reference) {
        return Optional.ofNullable(outbox.latest(List.of(reference)).get(reference));
    }

    /** The newest mail of each of these references that has one (a page of links at once). */
    @Transactional
    public Map<String, MailState> statuses(Collection<String> references) {
        return references.isEmpty() ? Map.of() : outbox.latest(references);
    }

    /**
     * The outbox for administrators, without bodies, by creation ({@code -created}: newest first).
     *
     * @throws ForbiddenException for anyone but an administrator
     */
    @Transactional
    public Page<MailState> list(Caller caller, MailFilter filter, PageRequest page) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("Alleen beheerders zien de uitgaande e-mails.");
        }
        return outbox.find(filter, page);
    }
}
