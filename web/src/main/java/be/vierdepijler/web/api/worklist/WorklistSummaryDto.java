package be.vierdepijler.web.api.worklist;

import be.vierdepijler.core.worklist.application.Worklist;
import be.vierdepijler.core.worklist.domain.WorklistReason;
import java.util.Arrays;
import java.util.List;

/**
 * The worklist's counts in the caller's scope.
 *
 * @param networkId the network counted; null for every network in scope
 * @param mine      whether only the caller's own trajectories are counted
 * @param idleWeeks the weeks without hours after which an active trajectory counts under {@code no-hours}
 * @param total     trajectories with at least one reason (each once)
 * @param reasons   per reason, in a fixed order, how many trajectories have it
 */
public record WorklistSummaryDto(String networkId, boolean mine, int idleWeeks, long total,
                                 List<ReasonCount> reasons) {

    public record ReasonCount(String code, String label, long count) {
    }

    static WorklistSummaryDto of(String networkId, Worklist.Counts counts, int idleWeeks) {
        return new WorklistSummaryDto(networkId, counts.mine(), idleWeeks, counts.summary().total(),
                Arrays.stream(WorklistReason.values()).map(r -> new ReasonCount(r.code(), r.label(),
                        counts.summary().count(r))).toList());
    }
}
