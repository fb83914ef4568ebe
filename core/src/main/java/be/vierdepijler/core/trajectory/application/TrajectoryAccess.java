package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryListing;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who sees a trajectory and who changes it, for every use case on trajectories: a caller sees the trajectories in
 * their scope, and an organisation contact those with a placement in one of their organisation's offers (404 for the
 * rest, so that nobody learns a trajectory exists); the counsellors and coordinators of its network change it (403
 * for the others who see it), version-locked when the client sent the version it read.
 */
@ApplicationScoped
public class TrajectoryAccess {

    @Inject
    TrajectoryRepository trajectories;

    /** The trajectory with its newcomer's name, when the caller may see it; 404 otherwise. */
    public TrajectoryListing listingInScope(Caller caller, long id) {
        return trajectories.listing(id).filter(l -> visible(caller, l.trajectory()))
                .orElseThrow(() -> new NotFoundException("traject", String.valueOf(id)));
    }

    /**
     * The aggregate for a change by a counsellor or coordinator of its network, version-locked; 404 as
     * {@link #listingInScope} when the caller may not see it (read without the newcomer's name, which a change does
     * not need: one statement less on every hour entry).
     *
     * @param expectedVersion the version the client read; null when the command does not carry one
     */
    public Trajectory forChange(Caller caller, long id, Long expectedVersion) {
        Trajectory trajectory = trajectories.forChange(id).filter(t -> visible(caller, t))
                .orElseThrow(() -> new NotFoundException("traject", String.valueOf(id)));
        if (!PersonScope.mayManage(caller, trajectory.networkId())) {
            throw new ForbiddenException("Alleen een trajectbegeleider of coördinator van het netwerk wijzigt dit"
                    + " traject.");
        }
        if (expectedVersion != null && trajectory.version() != expectedVersion) {
            throw new ConcurrentModificationException("traject", String.valueOf(id), trajectory.version());
        }
        return trajectory;
    }

    /** Whether the caller may see the trajectory: in their scope, or (a contact) with a placement of theirs. */
    private boolean visible(Caller caller, Trajectory t) {
        PersonScope scope = PersonScope.of(caller);
        return scope.covers(t.networkId(), t.municipalityNis())
                || (scope.organisationId() != null && trajectories.hasPlacementOf(t.id(), scope.organisationId()));
    }

    /** An organisation contact sees only the placements and hours in their organisation's offers. */
    static boolean isOrganisationContact(Caller caller) {
        return caller.role() == Role.ORGANISATION_CONTACT;
    }

    /** The organisation whose placements and hours the caller is limited to; null when not limited. */
    static Long organisationFilter(Caller caller) {
        return isOrganisationContact(caller) ? caller.organisationId() : null;
    }
}
