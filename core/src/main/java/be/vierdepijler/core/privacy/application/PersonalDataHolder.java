package be.vierdepijler.core.privacy.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An aggregate that holds the personal data of one kind of person (buddies, newcomers), as the rights of that
 * person need it: access (export of everything held) and erasure (pseudonymisation that keeps the counts). A CDI bean
 * beside the aggregate, found by {@link PersonalDataService} by its {@link #kind()}; stateless and thread-safe. Every
 * method joins the transaction the service opens; the service logs the export as a read and records the erasure.
 *
 * <p>Erasure comes in two steps, each in its own transaction, because Envers writes the audit rows of a change only
 * when its transaction commits (with the old values of removed collection elements): {@link #erase} pseudonymises the
 * live record, then {@link #eraseHistory} clears the personal columns of the audit history, including the rows the
 * first step left. Both are idempotent, so that an erasure that failed half-way is completed by asking again.
 *
 * <p>The first step is a {@link #claim}: one conditional update ({@code … set erased_at = ? where id = ? and erased_at
 * is null}) that exactly one transaction wins, on whichever node, and that keeps the person's row locked until it
 * commits; only the winner {@link #pseudonymise}s. The retention job reads the people {@link #dueForErasure} and checks
 * each again after its claim ({@link #isDue}), so that a change committed in between is seen.
 */
public interface PersonalDataHolder {

    /** The kind of person, as in the audit log and the reads log: {@code buddy}, {@code newcomer}. */
    String kind();

    /**
     * @throws NotFoundException  when the person does not exist or lies outside what the caller may see
     * @throws ForbiddenException when the caller sees the person but may not export their data
     */
    void authorizeExport(Caller caller, long personId);

    /**
     * @throws NotFoundException  when the person does not exist or lies outside what the caller may see
     * @throws ForbiddenException when the caller sees the person but may not erase them
     */
    void authorizeErasure(Caller caller, long personId);

    /**
     * Everything held about the person, as named sections of plain values (records, lists, maps, strings, numbers,
     * dates) that JSON can carry, e.g. {@code profile}, {@code consents}, {@code consentHistory}. The service adds the
     * audit history and the reads log.
     */
    Map<String, Object> export(long personId);

    /**
     * Pseudonymises the live record: every personal field replaced or cleared; what the aggregate reports count
     * (place, statuses, numbers) kept. Does nothing when the person was erased already.
     *
     * @return whether this call erased the person (false when they were erased before)
     */
    default boolean erase(long personId, Instant at, String by) {
        if (!claim(personId, at, by)) {
            return false;
        }
        pseudonymise(personId, at, by);
        return true;
    }

    /**
     * Marks the person erased by one conditional update that succeeds for exactly one transaction; the row stays
     * locked until that transaction ends.
     *
     * @return whether this transaction took the person (false when they were erased or taken before)
     */
    boolean claim(long personId, Instant at, String by);

    /** Replaces or clears every personal field of a person this transaction claimed. */
    void pseudonymise(long personId, Instant at, String by);

    /**
     * The people whose retention period ended before {@code cutoff} (nothing of them happened on or after that day)
     * and who were not erased yet, in ascending id after {@code afterId}, at most {@code max}. None by default: a kind
     * of person without a retention rule keeps its records until they are erased on request.
     */
    default List<Long> dueForErasure(LocalDate cutoff, long afterId, int max) {
        return List.of();
    }

    /**
     * Whether the retention period of one person ended before {@code cutoff} (see {@link #dueForErasure}), whether or
     * not they were claimed already: the retention job asks this after its claim.
     */
    default boolean isDue(long personId, LocalDate cutoff) {
        return false;
    }

    /** Clears the personal columns of every revision of the person in the audit history. */
    void eraseHistory(long personId);
}
