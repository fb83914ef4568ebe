package be.vierdepijler.regions.offer.application;

import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.regions.offer.domain.OfferCounts;
import be.vierdepijler.regions.offer.domain.OfferStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The offer figures of a dashboard: the offers that take newcomers today and their free places, in a report's scope
 * (decided by core's {@code TrajectoryReports.scope}). Published offers are public, so this needs no person's scope.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfferFigures {

    @Inject
    OfferStatistics statistics;

    @Inject
    Clock clock;

    public OfferCounts today(ReportScope scope) {
        return statistics.open(scope, LocalDate.now(clock));
    }
}
