package be.vierdepijler.core.spi;

import java.util.Optional;

/**
 * Optional capability: the placements of this type run between two dates fixed in their attributes (an internship's
 * agreement), so hours on a day outside that period do not count. A {@link TrajectoryType} that has this capability
 * implements this interface too; callers ask {@link TrajectoryType#capability(Class)}.
 */
public interface DatedPlacements {

    /**
     * @param attributes valid attributes of a placement of this type
     * @return the period the placement runs; empty when the attributes do not fix one
     */
    Optional<DatePeriod> period(PlacementAttributes attributes);
}
