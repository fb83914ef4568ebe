package be.vierdepijler.core.mail.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox table. Every change after the mail was written is one conditional UPDATE, so that nodes running the
 * dispatcher together never both send a mail and a late node never overwrites a newer outcome.
 */
public interface MailOutbox {

    Set<String> SORTABLE = Set.of("created");

    /** Writes a new mail in the current transaction. */
    OutboxMail add(OutboxMail mail);

    /**
     * The ids of at most {@code max} mails that may be claimed at {@code now}: queued ones whose next attempt is due,
     * and ones left {@code sending} by a node whose claim ran out (it died, or hung, mid-send). Oldest due first.
     */
    List<Long> due(Instant now, int max);

    /**
     * Claims one mail for this node, if it may be claimed at {@code now} (as in {@link #due}): status sending,
     * claimed until {@code until}, one attempt more. Exactly one of several concurrent claims wins.
     *
     * @return the claimed mail to send, or empty when it was not due or somebody else claimed it first
     */
    Optional<ClaimedMail> claim(long id, Instant now, Instant until);

    /** Sent: status sent, sent at {@code now}, the body cleared; only while still claimed with {@code attempts}. */
    boolean markSent(long id, int attempts, Instant now);

    /** Failed, to be tried again at {@code next}: status queued, the error kept; only while still claimed. */
    boolean markRetry(long id, int attempts, Instant next, String error);

    /** Failed for good: status failed, the error kept, the body cleared; only while still claimed. */
    boolean markFailed(long id, int attempts, String error);

    /** The outbox, newest first, without bodies. */
    Page<MailState> find(MailFilter filter, PageRequest page);

    /** The newest mail of each of the given references that has one. */
    Map<String, MailState> latest(Collection<String> references);
}
