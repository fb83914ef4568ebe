package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.matching.domain.BuddyCandidates;
import be.vierdepijler.core.matching.domain.MatchRepository;
import be.vierdepijler.core.matching.domain.MatchStatus;
import be.vierdepijler.core.matching.domain.MatchingNewcomers;
import be.vierdepijler.core.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Where a newcomer stands in the matching (no match, proposed, matched, needs a rematch), with the pair that proposed
 * or matched them. Follows the newcomer's scope, like their suggestions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MatchStatuses {

    @Inject
    MatchingNewcomers newcomers;

    @Inject
    BuddyCandidates buddies;

    @Inject
    MatchRepository matches;

    /** @throws NotFoundException for a newcomer unknown or out of the caller's scope */
    public StatusListing status(Caller caller, long newcomerId) {
        MatchListings.newcomerInScope(newcomers, caller, newcomerId);
        return matches.status(newcomerId)
                .map(s -> new StatusListing(newcomerId, s.status(), s.changedAt(), s.pairId() == null ? null
                        : matches.pair(s.pairId()).map(p -> MatchListings.listing(matches, newcomers, buddies, p))
                        .orElse(null)))
                .orElse(new StatusListing(newcomerId, MatchStatus.NO_MATCH, null, null));
    }
}
