package be.vierdepijler.core.buddy.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.buddy.domain.Buddy;
import be.vierdepijler.core.buddy.domain.BuddyCounts;
import be.vierdepijler.core.buddy.domain.BuddyFilter;
import be.vierdepijler.core.buddy.domain.BuddyReference;
import be.vierdepijler.core.buddy.domain.BuddyRepository;
import be.vierdepijler.core.buddy.domain.BuddyScope;
import be.vierdepijler.core.buddy.domain.BuddyStatus;
import be.vierdepijler.core.buddy.domain.RegistrationChannel;
import be.vierdepijler.core.port.BuddyWithdrew;
import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.privacy.domain.PersonErasedException;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The buddies: the scoped, searchable list, one buddy (its read logged), registering and changing them, and the
 * aggregated report. Who may do what is {@link BuddyAccess}.
 */
@ApplicationScoped
@Transactional
public class BuddyDirectory {

    /** The kind of record in the audit log and the reads log. */
    public static final String KIND = "buddy";
    /** Who records what a buddy answered on the public form. */
    public static final String SELF = "self";
    private static final String BUDDY = "buddy";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    BuddyRepository buddies;

    @Inject
    PlaceDirectory places;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<BuddyWithdrew> withdrew;

    /**
     * @throws ForbiddenException    for a role that sees no buddies
     * @throws InvalidInputException when the filter names a network or municipality that does not exist
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Buddy> find(Caller caller, BuddyFilter filter, PageRequest page) {
        BuddyScope scope = BuddyAccess.listScope(caller);
        List<FieldViolation> v = places.filterViolations(filter.networkId(), filter.municipalityNis());
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return buddies.find(scope, filter, page);
    }

    /** Opens one buddy, and logs that the caller read their record. */
    public Buddy open(Caller caller, long id) {
        Buddy buddy = get(caller, id);
        audit.recordRead(caller, KIND, String.valueOf(id));
        return buddy;
    }

    /** @throws NotFoundException when the buddy does not exist or lies outside what the caller sees */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Buddy get(Caller caller, long id) {
        return buddies.byId(id).filter(b -> BuddyAccess.sees(caller, b))
                .orElseThrow(() -> new NotFoundException(BUDDY, String.valueOf(id)));
    }

    /**
     * Registers a buddy after an intake by a coordinator or counsellor of the municipality's network.
     *
     * @throws InvalidInputException with every field that is not in order
     * @throws ForbiddenException    when the caller does not work for the municipality's network
     */
    public Buddy register(Caller caller, BuddyForm form) {
        LocalDate today = LocalDate.now(clock);
        List<FieldViolation> v = new ArrayList<>(Buddy.registrationViolations(form.profile(), form.settings(),
                form.consents(), today));
        Optional<MunicipalityPlace> place = place(form, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (!BuddyAccess.manages(caller, place.orElseThrow().networkId())) {
            throw new ForbiddenException("Je mag geen buddy's inschrijven in " + place.get().networkName() + ".");
        }
        return buddies.add(new Buddy(newReference(), form.profile(), place.get().networkId(), form.settings(),
                form.consents(), RegistrationChannel.COORDINATOR, clock.instant(), caller.username(), today));
    }

    /**
     * Registers a buddy who filled in the public form (nobody signed in): awaiting screening, recorded by
     * {@code self}. The form's own guards (honeypot, sizes) were checked by the caller.
     *
     * @throws InvalidInputException with every field that is not in order
     */
    public Buddy registerSelf(BuddyForm form) {
        LocalDate today = LocalDate.now(clock);
        List<FieldViolation> v = new ArrayList<>(Buddy.registrationViolations(form.profile(), form.settings(),
                form.consents(), today));
        Optional<MunicipalityPlace> place = place(form, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return buddies.add(new Buddy(newReference(), form.profile(), place.orElseThrow().networkId(),
                form.settings(), form.consents(), RegistrationChannel.SELF, clock.instant(), SELF, today));
    }

    /**
     * Changes a buddy: profile, screening, training, capacity, status, consents.
     *
     * @param expectedVersion the version the caller read
     * @throws NotFoundException               when the buddy lies outside what the caller sees
     * @throws ForbiddenException              when the caller sees the buddy but may not change them (a local
     *                                         officer), or moves them to a network they do not work for
     * @throws ConcurrentModificationException when somebody else changed the buddy (or a duo was taken) since
     * @throws PersonErasedException           when the buddy was erased
     */
    public Buddy change(Caller caller, long id, long expectedVersion, BuddyForm form) {
        Buddy buddy = get(caller, id);
        if (!BuddyAccess.manages(caller, buddy.networkId())) {
            throw new ForbiddenException("Alleen de coördinatoren en trajectbegeleiders van het netwerk wijzigen een"
                    + " buddy.");
        }
        if (buddy.version() != expectedVersion) {
            throw new ConcurrentModificationException(BUDDY, String.valueOf(id), buddy.version());
        }
        if (buddy.isErased()) {
            throw new PersonErasedException(KIND, String.valueOf(id));
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldViolation> v = new ArrayList<>(buddy.changeViolations(form.profile(), form.settings(),
                form.consents(), today));
        Optional<MunicipalityPlace> place = place(form, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (!BuddyAccess.manages(caller, place.orElseThrow().networkId())) {
            throw new ForbiddenException("Je mag een buddy niet naar " + place.get().networkName() + " verhuizen.");
        }
        boolean wasStopped = buddy.status() == BuddyStatus.STOPPED;
        buddy.change(form.profile(), place.get().networkId(), form.settings(), form.consents(), clock.instant(),
                caller.username(), today);
        try {
            buddies.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException(BUDDY, String.valueOf(id), buddy.version());
        }
        if (!wasStopped && buddy.status() == BuddyStatus.STOPPED && buddy.duosTaken() > 0) {
            // The duos they ran end with them; their places come back through the port, which writes the row.
            withdrew.fire(new BuddyWithdrew(id));
            buddies.refresh(buddy);
        }
        return buddy;
    }

    /**
     * The aggregated figures of the buddies the caller may count, per province or network, counted in the database.
     *
     * @throws ForbiddenException for an organisation contact
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BuddyReport report(Caller caller, BuddyReport.GroupBy by) {
        Map<String, BuddyCounts> byMunicipality = buddies.countByMunicipality(BuddyAccess.reportScope(caller));
        Map<String, MunicipalityPlace> where = places.places(byMunicipality.keySet());
        Map<String, BuddyReport.Group> groups = new LinkedHashMap<>();
        byMunicipality.forEach((nis, counts) -> {
            MunicipalityPlace place = where.get(nis);
            String id;
            String name;
            if (place == null) {
                id = "unknown";
                name = "Onbekende gemeente";
            } else if (by == BuddyReport.GroupBy.NETWORK) {
                id = place.networkId();
                name = place.networkName();
            } else if (place.provinceCode() == null) {
                id = "brussel";
                name = "Brussels Hoofdstedelijk Gewest";
            } else {
                id = place.provinceCode();
                name = place.provinceName();
            }
            groups.merge(id, new BuddyReport.Group(id, name, counts),
                    (a, b) -> new BuddyReport.Group(a.id(), a.name(), a.counts().plus(b.counts())));
        });
        List<BuddyReport.Group> sorted = groups.values().stream()
                .sorted(Comparator.comparing(BuddyReport.Group::name)).toList();
        BuddyCounts total = sorted.stream().map(BuddyReport.Group::counts).reduce(BuddyCounts.ZERO, BuddyCounts::plus);
        return new BuddyReport(by.code(), sorted, total);
    }

    /** The municipality of the form, or a violation when it is well-formed but unknown. */
    private Optional<MunicipalityPlace> place(BuddyForm form, List<FieldViolation> v) {
        String nis = form.profile().municipalityNis();
        if (nis == null || !nis.strip().matches("\\d{5}")) {
            return Optional.empty();
        }
        Optional<MunicipalityPlace> place = places.place(nis.strip());
        if (place.isEmpty()) {
            v.add(new FieldViolation("municipalityNis", "unknown-municipality",
                    "Er bestaat geen gemeente met NIS-code '" + nis.strip() + "'."));
        }
        return place;
    }

    private String newReference() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String reference = BuddyReference.random(RANDOM);
            if (!buddies.referenceTaken(reference)) {
                return reference;
            }
        }
        throw new IllegalStateException("no free buddy reference after 5 attempts");
    }
}
