package be.vierdepijler.core.buddy.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The buddies; lists narrowed, counted and paged in the database, reports aggregated there. */
public interface BuddyRepository {

    Set<String> SORTABLE = Set.of("name", "registeredAt", "freeDuos");

    Page<Buddy> find(BuddyScope scope, BuddyFilter filter, PageRequest page);

    Optional<Buddy> byId(long id);

    boolean referenceTaken(String reference);

    Buddy add(Buddy buddy);

    /**
     * The counts of the buddies in scope, grouped by their municipality (at most one group per municipality: a few
     * hundred rows, whatever the number of buddies).
     *
     * @return counts by NIS code of the municipality
     */
    Map<String, BuddyCounts> countByMunicipality(BuddyScope scope);

    /**
     * Marks the buddy erased by one conditional update ({@code … where erased_at is null}) that exactly one
     * transaction wins; the row stays locked until it ends. A buddy read before is stale afterwards
     * ({@link #refresh}).
     *
     * @return whether this transaction took the buddy
     */
    boolean claimErasure(long id, Instant at, String by);

    /** Reads the buddy's row again, after an update that went past the persistence context. */
    void refresh(Buddy buddy);

    /** Writes the pending changes now, so that a statement that follows sees them. */
    void flush();

    /**
     * The buddies past retention, not yet erased, ascending id after {@code afterId}, at most {@code max}: stopped
     * (or refused at the screening), without a running duo, untouched since before {@code since}.
     */
    List<Long> dueForErasure(Instant since, long afterId, int max);

    /** Whether one buddy is past retention as {@link #dueForErasure} decides, erased or claimed or not. */
    boolean isDue(long id, Instant since);
}
