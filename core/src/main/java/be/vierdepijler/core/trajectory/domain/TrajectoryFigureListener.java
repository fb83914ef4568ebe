package be.vierdepijler.core.trajectory.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

/**
 * Tells the roll-ups when Hibernate writes a trajectory: a new one counts under its network, municipality and status;
 * a change of status or a referral moves its count, and a referral its confirmed hours, from what was read to what is
 * written. Trajectories are never deleted (an erasure keeps them without the person).
 */
@Dependent
public class TrajectoryFigureListener {

    @Inject
    FigureChanges changes;

    @PostPersist
    void created(Trajectory t) {
        changes.trajectories(t.networkId(), t.municipalityNis(), t.status(), t.newcomerId(), 1);
        changes.opened(t.id(), t.newcomerId());
        t.figuresWritten();
    }

    @PostUpdate
    void changed(Trajectory t) {
        Trajectory.Counted before = t.countedAsRead();
        Trajectory.Counted now = t.counted();
        if (before == null || before.equals(now)) {
            return;
        }
        changes.trajectories(before.networkId(), before.municipalityNis(), before.status(), t.newcomerId(), -1);
        changes.trajectories(now.networkId(), now.municipalityNis(), now.status(), t.newcomerId(), 1);
        if (!before.networkId().equals(now.networkId()) || !before.municipalityNis().equals(now.municipalityNis())) {
            changes.moved(t.id(), before.networkId(), before.municipalityNis(), now.networkId(),
                    now.municipalityNis());
        }
        t.figuresWritten();
    }
}
