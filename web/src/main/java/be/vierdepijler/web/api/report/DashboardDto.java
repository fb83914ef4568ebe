package be.vierdepijler.web.api.report;

import be.vierdepijler.core.buddy.domain.BuddyCounts;
import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.report.domain.CategoryFigures;
import be.vierdepijler.core.report.domain.TrajectoryFigures;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import be.vierdepijler.regions.offer.domain.OfferCounts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard of one network, or of everything the caller may count: aggregates only, never a person.
 *
 * @param networkId       the network counted; null for everything in the caller's scope
 * @param networkName     its name; null with networkId
 * @param municipalityNis the municipality the figures are narrowed to (a local officer's); null otherwise
 * @param month           the month of {@code hours.thisMonth}, as {@code 2026-11}
 */
public record DashboardDto(String networkId, String networkName, String municipalityNis, String month,
                           Newcomers newcomers, Trajectories trajectories, Completed completed, Hours hours,
                           Offers offers, Buddies buddies) {

    /** Newcomers with a participation trajectory (in any status), per integration status. */
    public record Newcomers(long total, long obliged, long entitled) {
    }

    /** Trajectories per status; {@code running} = intake + active. */
    public record Trajectories(long total, long running, long intake, long active, long completed, long stopped,
                               long exempted) {
    }

    /** Completed trajectories (klaar met het participatie- en netwerktraject), per integration status. */
    public record Completed(long total, long obliged, long entitled) {
    }

    /**
     * Confirmed hours only (pending or rejected hours never count).
     *
     * @param confirmed  every confirmed hour, whenever worked
     * @param thisMonth  confirmed hours worked in {@code month}
     * @param byCategory per reporting category, most hours first
     */
    public record Hours(BigDecimal confirmed, BigDecimal thisMonth, List<Category> byCategory) {
    }

    /**
     * @param typeLabel the trajectory type's name in the caller's language
     * @param label     the category's name in the caller's language (its id when its type is no longer deployed)
     * @param percent   its share of all confirmed hours, to one decimal
     */
    public record Category(String typeId, String typeLabel, String categoryId, String label, BigDecimal hours,
                           BigDecimal hoursThisMonth, BigDecimal percent) {
    }

    /** Offers that take newcomers today (published, within their active period), and their places. */
    public record Offers(long published, long places, long freePlaces, long withFreePlaces) {
    }

    /**
     * @param available   buddies who may be matched now and have a free duo
     * @param freeDuos    the duos those buddies can still take
     * @param duosRunning the duos running
     * @param registered  every registered buddy
     */
    public record Buddies(long available, long freeDuos, long duosRunning, long registered) {
    }

    static DashboardDto of(String networkId, String networkName, String municipalityNis, TrajectoryFigures t,
                           OfferCounts o, BuddyCounts b, TrajectoryTypeRegistry types, Locale locale) {
        var statuses = t.trajectories();
        return new DashboardDto(networkId, networkName, municipalityNis, t.month().toString(),
                new Newcomers(t.newcomersTotal(), t.newcomers().get(IntegrationStatus.OBLIGED),
                        t.newcomers().get(IntegrationStatus.ENTITLED)),
                new Trajectories(t.trajectoriesTotal(), t.running(), statuses.get(TrajectoryStatus.INTAKE),
                        statuses.get(TrajectoryStatus.ACTIVE), statuses.get(TrajectoryStatus.COMPLETED),
                        statuses.get(TrajectoryStatus.STOPPED), statuses.get(TrajectoryStatus.EXEMPTED)),
                new Completed(t.completedTotal(), t.completed().get(IntegrationStatus.OBLIGED),
                        t.completed().get(IntegrationStatus.ENTITLED)),
                new Hours(t.confirmedHours(), t.hoursThisMonth(), t.categories().stream()
                        .map(c -> category(c, t, types, locale)).toList()),
                new Offers(o.published(), o.places(), o.freePlaces(), o.withFreePlaces()),
                new Buddies(b.available(), b.freeDuos(), b.duosRunning(), b.registered()));
    }

    private static Category category(CategoryFigures c, TrajectoryFigures t, TrajectoryTypeRegistry types,
                                     Locale locale) {
        Optional<TrajectoryType> type = types.find(c.typeId());
        String typeLabel = type.map(ty -> ty.label().in(locale)).orElse(c.typeId());
        String label = type.flatMap(ty -> ty.reportingCategories().stream()
                .filter(rc -> rc.id().equals(c.categoryId())).findFirst())
                .map(ReportingCategory::label).map(l -> l.in(locale)).orElse(c.categoryId());
        return new Category(c.typeId(), typeLabel, c.categoryId(), label, c.hours(), c.hoursThisMonth(),
                t.percentOf(c));
    }
}
