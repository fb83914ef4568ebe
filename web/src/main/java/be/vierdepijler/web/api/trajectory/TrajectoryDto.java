package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.application.TrajectoryService.TrajectoryView;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A trajectory with its progress (derived from confirmed hours). For an organisation contact ({@code minimal}) only
 * the newcomer's first name, the status and the hours are filled; everything else is null.
 */
public record TrajectoryDto(long id, Long newcomerId, String newcomerFirstName, String newcomerLastName,
                            String networkId, String municipalityNis, String counsellor, String status,
                            String statusReason, BigDecimal targetHours, String targetReason, LocalDate deadline,
                            LocalDate openedOn, LocalDate startedOn, LocalDate endedOn, LocalDate completedOn,
                            BigDecimal confirmedHours, BigDecimal pendingHours, BigDecimal remainingHours,
                            int progressPercent, String certificateCode, List<CategoryDto> hoursByCategory,
                            boolean minimal, long version) {

    /** Confirmed hours under one reporting category of one type. */
    public record CategoryDto(String typeId, String categoryId, String label, BigDecimal hours) {
    }

    public static TrajectoryDto of(TrajectoryView view, TrajectoryTypeRegistry types) {
        Trajectory t = view.trajectory();
        boolean min = view.minimal();
        List<CategoryDto> categories = view.categories().stream().map(c -> new CategoryDto(c.typeId(),
                c.categoryId(), label(types, c.typeId(), c.categoryId()), c.hours())).toList();
        return new TrajectoryDto(t.id(), min ? null : t.newcomerId(), view.firstName(), view.lastName(),
                min ? null : t.networkId(), min ? null : t.municipalityNis(), min ? null : t.counsellor(),
                t.status().code(), min ? null : t.statusReason(), t.targetHours(), min ? null : t.targetReason(),
                min ? null : t.deadline(), t.openedOn(), t.startedOn(), t.endedOn(), t.completedOn().orElse(null),
                t.confirmedHours(), t.pendingHours(), t.remainingHours(), t.progressPercent(),
                min ? null : t.certificateCode(), categories, min, t.version());
    }

    /** The category's Dutch label, or its id when the type is no longer deployed. */
    static String label(TrajectoryTypeRegistry types, String typeId, String categoryId) {
        return types.categoryLabel(typeId, categoryId);
    }
}
