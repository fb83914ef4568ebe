package be.vierdepijler.trajectory.alternative;

import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeContract;
import java.util.Map;

class AlternativeTrajectoryTypeContractTest extends TrajectoryTypeContract {

    @Override
    protected TrajectoryType type() {
        return new AlternativeTrajectoryType();
    }

    @Override
    protected Map<String, Object> validAttributes() {
        return Map.of("subtype", "conversation-group", "setting", "group", "groupSize", 8);
    }
}
