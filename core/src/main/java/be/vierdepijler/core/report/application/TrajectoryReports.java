package be.vierdepijler.core.report.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.report.domain.ReportRepository;
import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.core.report.domain.TrajectoryFigures;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * The figures of the participation trajectories for a dashboard, and who may count what. Scopes follow the reads of
 * newcomers and trajectories: administrators count everything, coordinators and counsellors their networks, a local
 * officer their municipality; viewers, who never see a person, count everything as aggregates; organisation contacts
 * get no report (they see only their own placements).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrajectoryReports {

    private static final String NETWORK = "netwerk";

    @Inject
    ReportRepository reports;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    /**
     * What the caller counts, in one network or (networkId null) in everything they may count.
     *
     * @throws ForbiddenException for an organisation contact
     * @throws NotFoundException  for a network that does not exist or lies outside the caller's scope (the same
     *                            answer, so that a network out of scope reveals nothing)
     */
    public ReportScope scope(Caller caller, String networkId) {
        if (networkId != null && !places.networkExists(networkId)) {
            throw new NotFoundException(NETWORK, networkId);
        }
        return switch (caller.role()) {
            case ADMINISTRATOR, VIEWER -> networkId == null ? ReportScope.everything()
                    : ReportScope.networks(Set.of(networkId));
            case NETWORK_COORDINATOR, COUNSELLOR -> {
                if (networkId == null) {
                    yield ReportScope.networks(caller.networkIds());
                }
                if (!caller.networkIds().contains(networkId)) {
                    throw new NotFoundException(NETWORK, networkId);
                }
                yield ReportScope.networks(Set.of(networkId));
            }
            case LOCAL_OFFICER -> {
                Optional<String> own = places.networkOfMunicipality(caller.municipalityNis());
                if (networkId != null && !own.map(networkId::equals).orElse(false)) {
                    throw new NotFoundException(NETWORK, networkId);
                }
                yield ReportScope.municipality(caller.municipalityNis());
            }
            case ORGANISATION_CONTACT -> throw new ForbiddenException(
                    "Het dashboard telt trajecten per netwerk; organisaties zien hun eigen plaatsingen bij hun aanbod.");
        };
    }

    /** The current month in Belgium. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    /** @param month whose confirmed hours count as "this month"; null for the current month in Belgium */
    public TrajectoryFigures figures(ReportScope scope, YearMonth month) {
        return reports.trajectoryFigures(scope, month == null ? currentMonth() : month);
    }
}
