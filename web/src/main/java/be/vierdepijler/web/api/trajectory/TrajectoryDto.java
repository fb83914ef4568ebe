package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.application.TrajectoryView;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A trajectory with its progress (derived from confirmed hours). For an organisation contact ({@code minimal}) only
 * the newcomer's first name, the status and the hours are filled; everything else is null, as core's
 * {@link TrajectoryView#followed()} decides.
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
        TrajectoryView.Followed f = view.followed();
        List<CategoryDto> categories = view.categories().stream().map(c -> new CategoryDto(c.typeId(),
                c.categoryId(), label(types, c.typeId(), c.categoryId()), c.hours())).toList();
        return new TrajectoryDto(t.id(), f.newcomerId(), view.firstName(), view.lastName(), f.networkId(),
                f.municipalityNis(), f.counsellor(), t.status().code(), f.statusReason(), t.targetHours(),
                f.targetReason(), f.deadline(), t.openedOn(), t.startedOn(), t.endedOn(),
                t.completedOn().orElse(null), t.confirmedHours(), t.pendingHours(), t.remainingHours(),
                t.progressPercent(), f.certificateCode(), categories, view.minimal(), t.version());
    }

    /** The category's Dutch label, or its id when the type is no longer deployed. */
    static String label(TrajectoryTypeRegistry types, String typeId, String categoryId) {
        return types.categoryLabel(typeId, categoryId);
    }
}
