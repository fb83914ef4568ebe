package be.vierdepijler.regions.organisation.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.organisation.domain.Organisation;
import be.vierdepijler.regions.organisation.domain.OrganisationDetails;
import be.vierdepijler.regions.organisation.domain.OrganisationFilter;
import be.vierdepijler.regions.organisation.domain.OrganisationListing;
import be.vierdepijler.regions.organisation.domain.OrganisationRenamed;
import be.vierdepijler.regions.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;

/** The partner organisations of Flanders and Brussels. */
@ApplicationScoped
@Transactional
public class OrganisationDirectory {

    @Inject
    OrganisationRepository organisations;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    @Inject
    Event<OrganisationRenamed> renamed;

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    /** @throws InvalidInputException when the filter names a network or municipality that does not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganisationListing> find(OrganisationFilter filter, PageRequest page) {
        if (filter.networkId() != null && !places.networkExists(filter.networkId())) {
            throw new InvalidInputException("network", "unknown-network",
                    "Er bestaat geen netwerk '" + filter.networkId() + "'.");
        }
        if (filter.municipalityNis() != null && places.networkOfMunicipality(filter.municipalityNis()).isEmpty()) {
            throw new InvalidInputException("municipality", "unknown-municipality",
                    "Er bestaat geen gemeente met NIS-code '" + filter.municipalityNis() + "'.");
        }
        return organisations.find(filter, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationListing get(long id) {
        return organisations.listing(id).orElseThrow(() -> new NotFoundException("organisatie", String.valueOf(id)));
    }

    /**
     * Whether the caller may see the organisation's contact persons (personal data): its network's coordinators and
     * counsellors, its municipality's officer, its own contacts, administrators.
     */
    public static boolean maySeeContacts(Caller caller, OrganisationListing o) {
        return caller.coversMunicipality(o.organisation().municipalityNis(), o.networkId())
                || (caller.role() == Role.ORGANISATION_CONTACT
                && Objects.equals(caller.organisationId(), o.organisation().id()));
    }

    /** Whether the caller may register or change organisations in this municipality. */
    public boolean mayManage(Caller caller, String municipalityNis) {
        return mayManage(caller, municipalityNis, places.networkOfMunicipality(municipalityNis).orElse(null));
    }

    /**
     * Whether the caller may register or change organisations in this municipality of this network (null: of none):
     * administrators everywhere, the coordinators of the network, the officer of the municipality.
     */
    public static boolean mayManage(Caller caller, String municipalityNis, String networkId) {
        if (caller.isAdministrator()) {
            return true;
        }
        if (caller.role() == Role.LOCAL_OFFICER) {
            return Objects.equals(caller.municipalityNis(), municipalityNis);
        }
        return caller.role() == Role.NETWORK_COORDINATOR && networkId != null && caller.managesNetwork(networkId);
    }

    public OrganisationListing register(Caller caller, OrganisationDetails details) {
        checkMunicipality(details);
        if (!mayManage(caller, details.municipalityNis())) {
            throw new ForbiddenException("Je mag geen organisaties registreren in deze gemeente.");
        }
        Organisation created = organisations.add(new Organisation(details, clock.instant()));
        return get(created.id());
    }

    public OrganisationListing change(Caller caller, long id, long expectedVersion, OrganisationDetails details) {
        Organisation organisation = organisations.byId(id)
                .orElseThrow(() -> new NotFoundException("organisatie", String.valueOf(id)));
        if (!mayManage(caller, organisation.municipalityNis())) {
            throw new ForbiddenException("Je mag deze organisatie niet wijzigen.");
        }
        if (organisation.version() != expectedVersion) {
            throw new ConcurrentModificationException("organisatie", String.valueOf(id), organisation.version());
        }
        checkMunicipality(details);
        if (!mayManage(caller, details.municipalityNis())) {
            throw new ForbiddenException("Je mag deze organisatie niet naar die gemeente verhuizen.");
        }
        String oldName = organisation.name();
        organisation.apply(details);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("organisatie", String.valueOf(id), organisation.version());
        }
        if (!oldName.equals(organisation.name())) {
            renamed.fire(new OrganisationRenamed(id, organisation.name()));
        }
        return get(id);
    }

    /**
     * Records the organisation's consent to have its approved offers listed in the public finder, or withdraws it:
     * those who may change the organisation.
     */
    public OrganisationListing listPublicly(Caller caller, long id, boolean consent) {
        Organisation organisation = organisations.byId(id)
                .orElseThrow(() -> new NotFoundException("organisatie", String.valueOf(id)));
        if (!mayManage(caller, organisation.municipalityNis())) {
            throw new ForbiddenException("Je mag deze organisatie niet wijzigen.");
        }
        organisation.listPublicly(consent, caller.username(), clock.instant());
        em.flush();
        return get(id);
    }

    private void checkMunicipality(OrganisationDetails details) {
        var violations = details.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (places.networkOfMunicipality(details.municipalityNis()).isEmpty()) {
            throw new InvalidInputException("municipalityNis", "unknown-municipality",
                    "Er bestaat geen gemeente met NIS-code '" + details.municipalityNis() + "'.");
        }
    }
}
