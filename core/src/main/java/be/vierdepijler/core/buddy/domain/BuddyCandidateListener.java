package be.vierdepijler.core.buddy.domain;

import be.vierdepijler.core.matching.domain.CandidateChanges;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells the matching that a network's buddies changed whenever Hibernate writes a buddy (a new one, any change of
 * its row or of its languages, interests and slots, which raise its version): the network's generation rises in the
 * same transaction. A buddy who moved changes both networks. Duos taken and given back, and the erasure's claim,
 * write the row without the entity and say so themselves.
 */
@Dependent
public class BuddyCandidateListener {

    @Inject
    CandidateChanges changes;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Buddy buddy) {
        changes.changed(CandidateChanges.BUDDY, buddy.networkId(), buddy.networkIdAsRead());
    }
}
