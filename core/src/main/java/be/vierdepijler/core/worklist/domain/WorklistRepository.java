package be.vierdepijler.core.worklist.domain;

import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.util.Set;

/** The worklist as the database computes it over the open trajectories in a scope; never loads a trajectory. */
public interface WorklistRepository {

    /** The sort fields: most urgent first (most reasons, then longest open), the newcomer's name, the deadline. */
    Set<String> SORTABLE = Set.of("urgency", "name", "deadline");

    Page<WorklistItem> find(PersonScope scope, WorklistFilter filter, WorklistRules rules, PageRequest page);

    /** The counts of the filter's trajectories (its reason, if any, is ignored: every reason is counted). */
    WorklistSummary summary(PersonScope scope, WorklistFilter filter, WorklistRules rules);
}
