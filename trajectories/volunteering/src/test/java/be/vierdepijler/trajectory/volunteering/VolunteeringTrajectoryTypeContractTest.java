package be.vierdepijler.trajectory.volunteering;

import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeContract;
import java.util.Map;

class VolunteeringTrajectoryTypeContractTest extends TrajectoryTypeContract {

    @Override
    protected TrajectoryType type() {
        return new VolunteeringTrajectoryType();
    }

    @Override
    protected Map<String, Object> validAttributes() {
        return Map.of("organisation", "org-5", "role", "Onthaal in het woonzorgcentrum", "insuranceConfirmed", true);
    }
}
