package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.matching.domain.MatchProposal;
import be.vierdepijler.core.matching.domain.PairStatus;
import java.util.Map;

/**
 * A proposal with how many of its pairs stand where.
 *
 * @param proposal the proposal
 * @param pairs    the number of pairs per status
 */
public record ProposalListing(MatchProposal proposal, Map<PairStatus, Long> pairs) {

    public ProposalListing {
        pairs = Map.copyOf(pairs);
    }
}
