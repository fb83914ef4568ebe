package be.vierdepijler.core.newcomer.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.newcomer.domain.Eligibility;
import be.vierdepijler.core.newcomer.domain.EligibilityRules;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerDetails;
import be.vierdepijler.core.newcomer.domain.NewcomerFilter;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Intake of newcomers by counsellors and coordinators of their network; local officers read their municipality's.
 * Organisation contacts and viewers see no newcomer records. A read of one record is logged.
 */
@ApplicationScoped
@Transactional
public class NewcomerService {

    public static final String AUDIT_KIND = "newcomer";
    static final int MIN_MOTIVATION = 10;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    PlaceDirectory places;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A newcomer with the answer of the eligibility rules. */
    public record NewcomerView(Newcomer newcomer, Eligibility eligibility) {
    }

    public Page<Newcomer> find(Caller caller, NewcomerFilter filter, PageRequest page) {
        PersonScope scope = PersonScope.of(caller);
        if (!scope.seesPeople()) {
            throw new ForbiddenException("Je rol ziet geen gegevens van inburgeraars.");
        }
        if (filter.networkId() != null && !places.networkExists(filter.networkId())) {
            throw new InvalidInputException("network", "unknown-network",
                    "Er bestaat geen netwerk '" + filter.networkId() + "'.");
        }
        return newcomers.find(scope, filter, page);
    }

    /** One newcomer in the caller's scope; the read is logged. */
    public NewcomerView get(Caller caller, long id) {
        Newcomer newcomer = inScope(caller, id);
        audit.recordRead(caller, AUDIT_KIND, String.valueOf(id));
        return view(newcomer);
    }

    public NewcomerView register(Caller caller, NewcomerDetails details) {
        String network = networkOf(details.municipalityNis());
        if (!PersonScope.mayManage(caller, network)) {
            throw new ForbiddenException("Je mag geen inburgeraars opnemen in het netwerk van deze gemeente.");
        }
        Newcomer created = newcomers.add(new Newcomer(details, network, clock.instant(), caller.username()));
        return view(created);
    }

    public NewcomerView change(Caller caller, long id, long expectedVersion, NewcomerDetails details) {
        Newcomer newcomer = inScope(caller, id);
        if (!PersonScope.mayManage(caller, newcomer.networkId())) {
            throw new ForbiddenException("Je mag deze inburgeraar niet wijzigen.");
        }
        checkVersion(newcomer, expectedVersion);
        String network = networkOf(details.municipalityNis());
        if (!network.equals(newcomer.networkId())) {
            throw new InvalidInputException("municipalityNis", "other-network", "Die gemeente ligt in een ander"
                    + " netwerk: verwijs het traject door (POST /trajectories/{id}/referral), dan gaan de uren mee.");
        }
        newcomer.apply(details, network, clock.instant(), caller.username());
        flush(newcomer);
        return view(newcomer);
    }

    /** A counsellor takes in a newcomer whom a rule refused, with a recorded motivation. */
    public NewcomerView overrideEligibility(Caller caller, long id, long expectedVersion, String motivation) {
        Newcomer newcomer = inScope(caller, id);
        if (!PersonScope.mayManage(caller, newcomer.networkId())) {
            throw new ForbiddenException("Alleen een trajectbegeleider of coördinator van het netwerk beslist dit.");
        }
        checkVersion(newcomer, expectedVersion);
        String text = motivation == null ? "" : motivation.strip();
        if (text.length() < MIN_MOTIVATION || text.length() > 1000) {
            throw new InvalidInputException("motivation", "required", "Motiveer de afwijking in "
                    + MIN_MOTIVATION + " tot 1000 tekens.");
        }
        if (view(newcomer).eligibility().rulesPassed()) {
            throw new ConflictException("not-needed", "De inburgeraar voldoet aan elke regel; er valt niets af te"
                    + " wijken.");
        }
        newcomer.overrideEligibility(text, caller.username(), clock.instant());
        flush(newcomer);
        return view(newcomer);
    }

    /** The eligibility of a newcomer today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Eligibility eligibility(Newcomer n) {
        LocalDate today = LocalDate.now(clock);
        return new Eligibility(EligibilityRules.check(places.residence(n.municipalityNis(), today),
                n.integrationProgress(), n.integrationEndedOn(), today), n.overrideMotivation(), n.overrideBy(),
                n.overrideAt());
    }

    /** The newcomer when the caller may see them; 404 otherwise. */
    public Newcomer inScope(Caller caller, long id) {
        return newcomers.byId(id).filter(n -> PersonScope.of(caller).covers(n.networkId(), n.municipalityNis()))
                .orElseThrow(() -> new NotFoundException("inburgeraar", String.valueOf(id)));
    }

    private NewcomerView view(Newcomer newcomer) {
        return new NewcomerView(newcomer, eligibility(newcomer));
    }

    private String networkOf(String nis) {
        return places.networkOfMunicipality(nis).orElseThrow(() -> new InvalidInputException("municipalityNis",
                "unknown-municipality", "Er bestaat geen gemeente met NIS-code '" + nis + "'."));
    }

    private static void checkVersion(Newcomer newcomer, long expected) {
        if (newcomer.version() != expected) {
            throw new ConcurrentModificationException("inburgeraar", String.valueOf(newcomer.id()),
                    newcomer.version());
        }
    }

    private void flush(Newcomer newcomer) {
        try {
            newcomers.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("inburgeraar", String.valueOf(newcomer.id()),
                    newcomer.version());
        }
    }
}
