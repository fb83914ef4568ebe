package be.vierdepijler.core.privacy.application;

import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.user.domain.Caller;
import java.time.Instant;
import java.util.Map;

/**
 * An aggregate that holds the personal data of one kind of person (buddies; later newcomers), as the rights of that
 * person need it: access (export of everything held) and erasure (pseudonymisation that keeps the counts). A CDI bean
 * beside the aggregate, found by {@link PersonalDataService} by its {@link #kind()}; stateless and thread-safe. Every
 * method joins the transaction the service opens; the service logs the export as a read and records the erasure.
 *
 * <p>Erasure comes in two steps, each in its own transaction, because Envers writes the audit rows of a change only
 * when its transaction commits (with the old values of removed collection elements): {@link #erase} pseudonymises the
 * live record, then {@link #eraseHistory} clears the personal columns of the audit history, including the rows the
 * first step left. Both are idempotent, so that an erasure that failed half-way is completed by asking again.
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
    boolean erase(long personId, Instant at, String by);

    /** Clears the personal columns of every revision of the person in the audit history. */
    void eraseHistory(long personId);
}
