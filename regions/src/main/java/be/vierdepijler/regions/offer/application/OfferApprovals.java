package be.vierdepijler.regions.offer.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.regions.offer.domain.ApprovalChecklist;
import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferListing;
import be.vierdepijler.regions.offer.domain.OfferRepository;
import be.vierdepijler.regions.offer.domain.OfferStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Approving offers for the public finder against the decree's checklist, and withdrawing the approval. Only those who
 * manage the offer's network approve: its coordinators and administrators. Everyone else who sees the offer is
 * refused (403); a draft they may not see is not found (404), as elsewhere in the catalogue.
 */
@ApplicationScoped
@Transactional
public class OfferApprovals {

    @Inject
    OfferRepository offers;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    /** @throws InvalidInputException naming every criterion of the checklist that does not hold */
    public OfferListing approve(Caller caller, long id, long expectedVersion, ApprovalChecklist checklist) {
        Offer offer = approvable(caller, id, expectedVersion);
        offer.approve(checklist, caller.username(), clock.instant());
        em.flush();
        return offers.listing(id).orElseThrow();
    }

    public OfferListing withdraw(Caller caller, long id, long expectedVersion) {
        Offer offer = approvable(caller, id, expectedVersion);
        offer.withdrawApproval();
        em.flush();
        return offers.listing(id).orElseThrow();
    }

    /**
     * The offer, locked, when the caller may approve it and it is still the version they saw: an approval is of what
     * the coordinator read, so an offer changed since (its title, its description) is not approved unseen (412).
     */
    private Offer approvable(Caller caller, long id, long expectedVersion) {
        Offer offer;
        try {
            offer = offers.lockedById(id)
                    .filter(o -> o.status() != OfferStatus.DRAFT || OfferCatalogue.mayManage(caller, o))
                    .orElseThrow(() -> new NotFoundException("aanbod", String.valueOf(id)));
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("aanbod", String.valueOf(id), expectedVersion + 1);
        }
        if (!mayApprove(caller, offer)) {
            throw new ForbiddenException("Alleen de coördinator van het netwerk keurt aanbod goed voor de publieke"
                    + " zoeker.");
        }
        if (offer.version() != expectedVersion) {
            throw new ConcurrentModificationException("aanbod", String.valueOf(id), offer.version());
        }
        return offer;
    }

    /** Whether the caller may approve this offer for the public finder: administrators, its network's coordinators. */
    public static boolean mayApprove(Caller caller, Offer offer) {
        return caller.managesNetwork(offer.networkId());
    }
}
