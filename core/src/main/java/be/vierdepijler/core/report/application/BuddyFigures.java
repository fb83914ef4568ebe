package be.vierdepijler.core.report.application;

import be.vierdepijler.core.buddy.domain.BuddyCounts;
import be.vierdepijler.core.buddy.domain.BuddyRepository;
import be.vierdepijler.core.buddy.domain.BuddyScope;
import be.vierdepijler.core.report.domain.ReportScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The buddy figures of a dashboard: the counts of {@link BuddyCounts} over a report's scope, grouped in the database
 * (by municipality, at most some hundreds of rows) and added up here. Who may count which scope is decided by
 * {@link TrajectoryReports#scope}. A report's part (reports read the buddies, the buddies know nothing of reports).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BuddyFigures {

    @Inject
    BuddyRepository buddies;

    public BuddyCounts count(ReportScope scope) {
        return buddies.countByMunicipality(new BuddyScope(scope.networkIds(), scope.municipalityNis())).values()
                .stream().reduce(BuddyCounts.ZERO, BuddyCounts::plus);
    }
}
