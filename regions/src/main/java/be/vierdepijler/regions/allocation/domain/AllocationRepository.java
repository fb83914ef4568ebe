package be.vierdepijler.regions.allocation.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.util.Optional;
import java.util.Set;

/** The saved allocations; they are only added, never changed. */
public interface AllocationRepository {

    /** The properties a list can be sorted by. */
    Set<String> SORTABLE = Set.of("createdAt", "name", "amount");

    Allocation add(Allocation allocation);

    Optional<Allocation> byId(long id);

    Page<AllocationSummary> find(PageRequest page);
}
