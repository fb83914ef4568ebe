package be.vierdepijler.trajectory.buddy;

import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeContract;
import java.util.List;
import java.util.Map;

class BuddyTrajectoryTypeContractTest extends TrajectoryTypeContract {

    @Override
    protected TrajectoryType type() {
        return new BuddyTrajectoryType();
    }

    @Override
    protected Map<String, Object> validAttributes() {
        return Map.of("buddy", "buddy-812", "meetingRhythm", "weekly", "sharedLanguages", List.of("nl", "en"));
    }
}
