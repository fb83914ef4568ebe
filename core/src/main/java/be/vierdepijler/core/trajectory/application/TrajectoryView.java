package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.trajectory.domain.CategoryHours;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import java.time.LocalDate;
import java.util.List;

/**
 * A trajectory as one caller may see it. What an organisation contact may not see is decided here, beside the scope
 * that made the view ({@link TrajectoryService}), not by whoever renders it: they see the newcomer's first name, the
 * status, the dates and the hours; {@link #followed()} holds what only those who follow the newcomer see.
 *
 * @param trajectory the trajectory (its status, dates and hours are for every caller who got the view)
 * @param minimal    true for an organisation contact
 * @param categories confirmed hours per reporting category (filled for one trajectory, empty in lists)
 */
public record TrajectoryView(Trajectory trajectory, String firstName, String lastName, boolean minimal,
                             List<CategoryHours> categories) {

    /** What only those who follow the newcomer see: for an organisation contact, every field is null. */
    public record Followed(Long newcomerId, String networkId, String municipalityNis, String counsellor,
                           String statusReason, String targetReason, LocalDate deadline, String certificateCode) {
    }

    private static final Followed NOTHING = new Followed(null, null, null, null, null, null, null, null);

    public TrajectoryView {
        if (minimal) {
            lastName = null;
        }
    }

    public Followed followed() {
        if (minimal) {
            return NOTHING;
        }
        Trajectory t = trajectory;
        return new Followed(t.newcomerId(), t.networkId(), t.municipalityNis(), t.counsellor(), t.statusReason(),
                t.targetReason(), t.deadline(), t.certificateCode());
    }
}
