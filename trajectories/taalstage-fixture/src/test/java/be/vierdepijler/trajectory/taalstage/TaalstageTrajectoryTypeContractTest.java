package be.vierdepijler.trajectory.taalstage;

import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeContract;
import java.util.Map;

class TaalstageTrajectoryTypeContractTest extends TrajectoryTypeContract {

    @Override
    protected TrajectoryType type() {
        return new TaalstageTrajectoryType();
    }

    @Override
    protected Map<String, Object> validAttributes() {
        return Map.of("hostOrganisation", "org-9", "languageCoach", "Sara", "targetLevel", "b1");
    }
}
