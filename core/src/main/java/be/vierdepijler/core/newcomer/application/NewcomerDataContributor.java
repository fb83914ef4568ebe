package be.vierdepijler.core.newcomer.application;

import be.vierdepijler.core.shared.ConflictException;
import java.time.Instant;
import java.util.Map;

/**
 * The part of a newcomer's personal data that another aggregate keeps (their trajectories, the matching's pairs),
 * as that aggregate exports and erases it. {@link NewcomerPersonalData} owns the newcomer's rights and gathers every
 * contributor (CDI beans, found with {@code @Any Instance}), so that the newcomer needs to know none of the aggregates
 * that hold data about them: each contributor lives beside the tables it reads, in its own {@code infrastructure.jpa}.
 *
 * <p>Every method joins the transaction of {@link be.vierdepijler.core.privacy.application.PersonalDataService}; the
 * two steps of an erasure ({@link #pseudonymise}, then {@link #eraseHistory} in a transaction of its own) are the
 * holder's, and both must be idempotent.
 */
public interface NewcomerDataContributor {

    /**
     * Where the contributor's sections go in the export, after the newcomer's own: lower first. The export's sections
     * keep one order, as a person reads them (trajectories before the matching).
     */
    int position();

    /** The contributor's sections of the export, by name, as plain values that JSON can carry. */
    Map<String, Object> export(long newcomerId);

    /**
     * Refuses the erasure of a newcomer (not yet erased) while the contributor still holds work that needs them.
     *
     * @throws ConflictException when the newcomer may not be erased yet
     */
    default void requireErasable(long newcomerId) {
    }

    /** Clears the free texts about the newcomer in the live rows, keeping what the reports count. */
    void pseudonymise(long newcomerId, Instant at);

    /** Clears the same in the audit history of the contributor's rows. */
    void eraseHistory(long newcomerId);
}
