package be.vierdepijler.core.buddy.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
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
}
