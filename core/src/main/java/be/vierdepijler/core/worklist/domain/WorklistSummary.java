package be.vierdepijler.core.worklist.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many open trajectories need attention, and how many have each reason (a trajectory with two reasons counts
 * once in {@code total} and once under each reason).
 */
public record WorklistSummary(long total, Map<WorklistReason, Long> byReason) {

    public WorklistSummary {
        EnumMap<WorklistReason, Long> all = new EnumMap<>(WorklistReason.class);
        for (WorklistReason reason : WorklistReason.values()) {
            all.put(reason, byReason.getOrDefault(reason, 0L));
        }
        byReason = Map.copyOf(all);
    }

    public long count(WorklistReason reason) {
        return byReason.get(reason);
    }
}
