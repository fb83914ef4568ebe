package be.vierdepijler.regions.municipality.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.municipality.domain.Membership;
import be.vierdepijler.regions.municipality.domain.Municipality;
import be.vierdepijler.regions.municipality.domain.MunicipalityFilter;
import be.vierdepijler.regions.municipality.domain.MunicipalityListing;
import be.vierdepijler.regions.municipality.domain.MunicipalityRepository;
import be.vierdepijler.regions.network.domain.NetworkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** The municipalities of Flanders and Brussels: the paged directory and the membership of their network. */
@ApplicationScoped
@Transactional
public class MunicipalityDirectory {

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    NetworkRepository networks;

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    /** @throws InvalidInputException when the filter names a network that does not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MunicipalityListing> find(MunicipalityFilter filter, PageRequest page) {
        if (filter.networkId() != null && !networks.exists(filter.networkId())) {
            throw new InvalidInputException("network", "unknown-network",
                    "Er bestaat geen netwerk '" + filter.networkId() + "'.");
        }
        return municipalities.find(filter, page);
    }

    /** @throws NotFoundException for an unknown NIS code */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MunicipalityListing get(String nisCode) {
        return municipalities.listing(nisCode).orElseThrow(() -> new NotFoundException("gemeente", nisCode));
    }

    /**
     * Sets from when until when the municipality takes part in its network.
     *
     * @param caller          who changes it: an administrator, or a coordinator of the municipality's network
     * @param expectedVersion the version the caller read; null to overwrite without the check
     * @throws ForbiddenException              when the caller does not manage the municipality's network
     * @throws ConcurrentModificationException when somebody else changed it since
     */
    public MunicipalityListing changeMembership(Caller caller, String nisCode, Long expectedVersion, LocalDate from,
                                                LocalDate until) {
        MunicipalityListing listing = get(nisCode);
        Municipality municipality = listing.municipality();
        if (!caller.managesNetwork(municipality.networkId())) {
            throw new ForbiddenException("Alleen de coördinatoren van " + listing.networkName()
                    + " en de beheerders zetten de deelname van " + municipality.name() + ".");
        }
        Membership membership = Membership.of(from, until);
        if (expectedVersion != null && expectedVersion != municipality.version()) {
            throw new ConcurrentModificationException("gemeente", nisCode, municipality.version());
        }
        municipality.changeMembership(membership);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("gemeente", nisCode, municipality.version());
        }
        return listing;
    }
}
