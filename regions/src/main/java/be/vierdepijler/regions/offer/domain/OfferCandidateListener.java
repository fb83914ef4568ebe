package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.matching.domain.CandidateChanges;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells the matching that a network's offers changed whenever Hibernate writes an offer (a new one, any change of its
 * row or of its helpful languages, which raise its version): the network's generation rises in the same transaction.
 * An offer that moved changes both networks. Places taken and given back write the row without the entity and say
 * so themselves.
 */
@Dependent
public class OfferCandidateListener {

    @Inject
    CandidateChanges changes;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Offer offer) {
        changes.changed(CandidateChanges.OFFER, offer.networkId(), offer.networkIdAsRead());
    }
}
