package be.vierdepijler.core.trajectory.domain;

import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Trajectories with their placements and hours, scoped, paged and summed in the database. */
public interface TrajectoryRepository {

    Set<String> SORTABLE = Set.of("opened", "name", "status", "confirmedHours", "deadline");
    Set<String> HOURS_SORTABLE = Set.of("date", "reported");

    /**
     * Trajectories in scope; an organisation contact's scope is the trajectories with a placement in one of the
     * organisation's offers.
     */
    Page<TrajectoryListing> find(PersonScope scope, TrajectoryFilter filter, PageRequest page);

    Optional<TrajectoryListing> listing(long id);

    /**
     * The aggregate to change. Every command changes a column of the root (status, totals), so its version moves and
     * a concurrent command on the same state fails at flush (optimistic locking).
     */
    Optional<Trajectory> forChange(long id);

    Optional<Trajectory> byId(long id);

    Trajectory add(Trajectory trajectory);

    /**
     * Writes the pending changes of the aggregates read in this transaction now, so that a concurrent change fails
     * here (inside a command's retry) and a statement that follows sees them.
     */
    void flush();

    /** The certificates made before certificates were sealed records: those without a content hash. */
    List<Certificate> unsealedCertificates();

    boolean hasOpenTrajectory(long newcomerId);

    /** Whether the trajectory has a placement in an offer of this organisation. */
    boolean hasPlacementOf(long trajectoryId, long organisationId);

    /** The trajectories with a running placement with this buddy. */
    List<Long> withRunningDuo(long buddyId);

    /** Placements of a trajectory; only those of one organisation when {@code organisationId} is given. */
    Page<Placement> placements(long trajectoryId, Long organisationId, PageRequest page);

    /** Hour entries of a trajectory; only in that organisation's placements when {@code organisationId} is given. */
    Page<HourEntry> hours(long trajectoryId, Long organisationId, HourFilter filter, PageRequest page);

    /** Pending entries of a placement reported at or before {@code until}: what a confirmation link covers. */
    List<HourEntry> pendingEntries(long placementId, Instant until);

    List<CategoryHours> confirmedHoursByCategory(long trajectoryId);

    /**
     * The hours (not rejected) a newcomer has on one day in their trajectories other than {@code excluded}: the
     * 24-hours-a-day limit holds per person.
     */
    BigDecimal hoursOfNewcomerOn(long newcomerId, long excluded, LocalDate day);

    /** The certificate record with this code. */
    Optional<Certificate> certificate(String code);
}
