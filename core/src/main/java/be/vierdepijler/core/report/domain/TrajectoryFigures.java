package be.vierdepijler.core.report.domain;

import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the participation trajectories in one scope, as the parliament asks for them (vraag 173, 2025):
 * how many finished, split into obliged (verplichte) and entitled (rechthebbende) newcomers, and how the hours
 * performed divide over the reporting categories. Counted in the database; no person in it.
 *
 * @param month           the month of {@code hoursThisMonth}
 * @param newcomers       newcomers with a trajectory in the scope (in any status), per integration status
 * @param trajectories    trajectories per status
 * @param completed       completed trajectories per integration status of their newcomer
 * @param categories      confirmed hours per reporting category, most hours first
 */
public record TrajectoryFigures(YearMonth month, Map<IntegrationStatus, Long> newcomers,
                                Map<TrajectoryStatus, Long> trajectories, Map<IntegrationStatus, Long> completed,
                                List<CategoryFigures> categories) {

    public TrajectoryFigures {
        newcomers = complete(newcomers, IntegrationStatus.class, IntegrationStatus.values());
        trajectories = complete(trajectories, TrajectoryStatus.class, TrajectoryStatus.values());
        completed = complete(completed, IntegrationStatus.class, IntegrationStatus.values());
        categories = categories.stream().sorted(Comparator.comparing(CategoryFigures::hours).reversed()
                .thenComparing(CategoryFigures::typeId).thenComparing(CategoryFigures::categoryId)).toList();
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Map<E, Long> counts, Class<E> type, E[] values) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E value : values) {
            all.put(value, counts.getOrDefault(value, 0L));
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    public long newcomersTotal() {
        return newcomers.values().stream().mapToLong(Long::longValue).sum();
    }

    public long trajectoriesTotal() {
        return trajectories.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Open trajectories: in intake or active (lopend). */
    public long running() {
        return trajectories.get(TrajectoryStatus.INTAKE) + trajectories.get(TrajectoryStatus.ACTIVE);
    }

    public long completedTotal() {
        return completed.values().stream().mapToLong(Long::longValue).sum();
    }

    public BigDecimal confirmedHours() {
        return categories.stream().map(CategoryFigures::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal hoursThisMonth() {
        return categories.stream().map(CategoryFigures::hoursThisMonth).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A category's share of all confirmed hours in percent, to one decimal; 0 when there are no hours. */
    public BigDecimal percentOf(CategoryFigures category) {
        BigDecimal total = confirmedHours();
        return total.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : category.hours().multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }
}
