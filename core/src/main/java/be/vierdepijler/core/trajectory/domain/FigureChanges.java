package be.vierdepijler.core.trajectory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where the roll-ups of the dashboard's and the reports' figures learn of a change, in the transaction that makes it
 * (docs/adr/0018-figures-kept-as-roll-ups.md). The entity listeners of {@link Trajectory} and {@link HourEntry} call
 * it while Hibernate flushes; it appends changes and never waits for another writer. Implemented over JDBC in
 * {@code trajectory.infrastructure.jpa}.
 */
public interface FigureChanges {

    /**
     * Confirmed hours that now count (positive) or no longer count (negative) in a network and municipality, in the
     * month they were worked, under the placement's type and the entry's reporting category.
     */
    void confirmedHours(String networkId, String municipalityNis, LocalDate month, long placementId, String category,
                        BigDecimal hours);

    /** A trajectory counted (+1) or no longer counted (-1) under a network, municipality and status. */
    void trajectories(String networkId, String municipalityNis, TrajectoryStatus status, long newcomerId, int delta);

    /** A referral moved a trajectory: its confirmed hours go from one network and municipality to the other. */
    void moved(long trajectoryId, String fromNetwork, String fromMunicipality, String toNetwork, String toMunicipality);

    /** A trajectory was opened: a newcomer with an earlier one is remembered as one not to count twice. */
    void opened(long trajectoryId, long newcomerId);
}
