package be.vierdepijler.trajectory.internship;

import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeContract;
import java.util.Map;

class InternshipTrajectoryTypeContractTest extends TrajectoryTypeContract {

    @Override
    protected TrajectoryType type() {
        return new InternshipTrajectoryType();
    }

    @Override
    protected Map<String, Object> validAttributes() {
        return Map.of("hostOrganisation", "org-31", "hostKind", "local-government", "supervisor", "An Peeters",
                "startDate", "2025-04-07", "endDate", "2025-04-18", "agreementSigned", true);
    }
}
