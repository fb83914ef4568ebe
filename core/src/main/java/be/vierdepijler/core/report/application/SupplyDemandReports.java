package be.vierdepijler.core.report.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.buddy.domain.BuddyRepository;
import be.vierdepijler.core.buddy.domain.BuddyScope;
import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.port.OfferSupply;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.report.domain.DemandRepository;
import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.core.report.domain.SupplyDemand;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Demand against offer in one network ({@code GET /reports/supply-demand}): the newcomers who wait, per municipality
 * and trajectory type, beside the free places of the open offers and the free duos of the available buddies. Who may
 * count which network is decided as for the dashboard ({@link TrajectoryReports#scope}): administrators and viewers
 * any network, coordinators and counsellors their own (another answers 404), a local officer their municipality
 * within their network, organisation contacts nothing (403). Every figure is counted from one query: the waiting
 * newcomers (read once, counted by level and by interest) here, the offers by regions through {@link OfferSupply},
 * the buddies by their repository; this only puts the groups side by side.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupplyDemandReports {

    private static final String NETWORK = "network";

    @Inject
    TrajectoryReports reports;

    @Inject
    PlaceDirectory places;

    @Inject
    DemandRepository demand;

    @Inject
    OfferSupply offers;

    @Inject
    BuddyRepository buddies;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    Clock clock;

    /**
     * @param networkId the network; required
     * @throws ForbiddenException    for an organisation contact
     * @throws InvalidInputException at {@code network} when it is missing or names no network
     * @throws be.vierdepijler.core.shared.NotFoundException for a network outside the caller's scope
     */
    public SupplyDemand report(Caller caller, String networkId) {
        if (caller.role() == Role.ORGANISATION_CONTACT) {
            throw new ForbiddenException("Vraag en aanbod telt de inburgeraars van een netwerk; organisaties zien"
                    + " hun eigen plaatsingen bij hun aanbod.");
        }
        String network = networkId == null || networkId.isBlank() ? null : networkId.strip();
        if (network == null) {
            throw new InvalidInputException(NETWORK, "required", "Kies het netwerk waarvan je vraag en aanbod wil"
                    + " zien.");
        }
        if (!places.networkExists(network)) {
            throw new InvalidInputException(NETWORK, "unknown-network", "Er bestaat geen netwerk '" + network
                    + "'.");
        }
        ReportScope scope = reports.scope(caller, network);
        String nis = scope.municipalityNis();
        Set<String> municipalities = nis == null ? places.municipalitiesIn(Set.of(network)) : Set.of(nis);
        Map<String, MunicipalityPlace> named = places.places(municipalities);
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl-BE"));
        Map<String, String> ordered = new LinkedHashMap<>();
        municipalities.stream().sorted(Comparator
                        .comparing((String m) -> named.containsKey(m) ? named.get(m).name() : m, dutch)
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(m -> ordered.put(m, named.containsKey(m) ? named.get(m).name() : m));

        LocalDate today = LocalDate.now(clock);
        Map<String, Long> freeDuos = new LinkedHashMap<>();
        buddies.countByMunicipality(nis == null ? BuddyScope.networks(Set.of(network)) : BuddyScope.municipality(nis))
                .forEach((municipality, counts) -> freeDuos.put(municipality, counts.freeDuos()));
        DemandRepository.Waiting waiting = demand.waiting(network, nis);
        return SupplyDemand.of(network, nis, today, types.all(), ordered, waiting.byDutchLevel(),
                waiting.byInterest(), offers.freePlaces(network, nis, today), freeDuos);
    }
}
