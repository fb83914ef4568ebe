package be.vierdepijler.core.newcomer.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The newcomers, scoped, paged and filtered in the database. */
public interface NewcomerRepository {

    Set<String> SORTABLE = Set.of("name", "created");

    Page<Newcomer> find(PersonScope scope, NewcomerFilter filter, PageRequest page);

    Optional<Newcomer> byId(long id);

    Newcomer add(Newcomer newcomer);

    /** Writes the pending changes now, so that a concurrent change fails here (optimistic locking). */
    void flush();

    /**
     * Locks the newcomer's row until the transaction ends (pessimistic write): a second command on the same newcomer
     * waits here and then sees the first (one open trajectory per newcomer; an erasure holds the same lock).
     */
    void lock(Newcomer newcomer);

    /**
     * Marks the newcomer erased by one conditional update ({@code … where erased_at is null}) that exactly one
     * transaction wins; the row stays locked until it ends. The newcomer read before is stale afterwards
     * ({@link #refresh}).
     *
     * @return whether this transaction took the newcomer
     */
    boolean claimErasure(long id, Instant at, String by);

    /** Reads the newcomer's row again, after an update that went past the persistence context. */
    void refresh(Newcomer newcomer);
}
