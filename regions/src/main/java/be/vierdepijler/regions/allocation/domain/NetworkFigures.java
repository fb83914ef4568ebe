package be.vierdepijler.regions.allocation.domain;

import java.util.Map;
import java.util.Objects;

/**
 * What one network counts for each criterion of an allocation: its participating municipalities on the reference
 * date, and the sums of the figures of those municipalities.
 *
 * @param networkId   the network
 * @param networkName its name, shown beside the figures
 * @param values      per criterion code, a whole number ≥ 0; a missing criterion counts 0
 */
public record NetworkFigures(String networkId, String networkName, Map<String, Long> values) {

    public NetworkFigures {
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(networkName, "networkName");
        values = Map.copyOf(values);
    }

    public long value(Criterion criterion) {
        return values.getOrDefault(criterion.code(), 0L);
    }
}
