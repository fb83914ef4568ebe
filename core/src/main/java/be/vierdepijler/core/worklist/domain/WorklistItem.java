package be.vierdepijler.core.worklist.domain;

import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One open trajectory on the worklist, with every reason it is there (at least one), in the order of
 * {@link WorklistReason}.
 */
public record WorklistItem(long trajectoryId, long newcomerId, String firstName, String lastName, String networkId,
                           String municipalityNis, String counsellor, TrajectoryStatus status,
                           BigDecimal confirmedHours, BigDecimal targetHours, LocalDate deadline, LocalDate openedOn,
                           List<WorklistDetail> reasons) {

    public WorklistItem {
        reasons = List.copyOf(reasons);
    }
}
