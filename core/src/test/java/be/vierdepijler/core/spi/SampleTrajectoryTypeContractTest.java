package be.vierdepijler.core.spi;

import java.util.List;
import java.util.Map;

/** The contract run against core's own sample type: proves the contract passes for a type that keeps it. */
class SampleTrajectoryTypeContractTest extends TrajectoryTypeContract {

    @Override
    protected TrajectoryType type() {
        return new SampleTrajectoryType();
    }

    @Override
    protected Map<String, Object> validAttributes() {
        return Map.of("organiser", "org-17", "terrain", "nature", "firstWalk", "2025-03-01",
                "languages", List.of("nl", "ar"));
    }
}
