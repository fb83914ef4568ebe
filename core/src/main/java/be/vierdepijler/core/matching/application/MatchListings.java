package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.matching.domain.BuddyCandidates;
import be.vierdepijler.core.matching.domain.MatchPair;
import be.vierdepijler.core.matching.domain.MatchProposal;
import be.vierdepijler.core.matching.domain.MatchRepository;
import be.vierdepijler.core.matching.domain.MatchStatus;
import be.vierdepijler.core.matching.domain.MatchingNewcomers;
import be.vierdepijler.core.matching.domain.MatchingNewcomers.NewcomerToMatch;
import be.vierdepijler.core.matching.domain.NewcomerMatchStatus;
import be.vierdepijler.core.shared.NotFoundException;
import java.util.List;
import java.util.Map;

/**
 * What the matching's use cases share: the scope checks that answer 404 for what the caller does not cover, and a
 * pair as it is listed with its names and the newcomer's status. Static, over the ports each service passes in.
 */
final class MatchListings {

    /** The audit kind of a newcomer's record, as the newcomer service logs its reads. */
    static final String NEWCOMER = "newcomer";

    private MatchListings() {
    }

    /** @throws NotFoundException for a newcomer unknown or out of the caller's scope */
    static NewcomerToMatch newcomerInScope(MatchingNewcomers newcomers, Caller caller, long newcomerId) {
        return newcomers.find(newcomerId)
                .filter(n -> caller.coversMunicipality(n.municipalityNis(), n.networkId()))
                .orElseThrow(() -> new NotFoundException("inburgeraar", String.valueOf(newcomerId)));
    }

    /** @throws NotFoundException for a proposal unknown or of a network the caller does not cover */
    static MatchProposal proposalInScope(MatchRepository matches, Caller caller, long proposalId) {
        return matches.proposal(proposalId).filter(p -> caller.coversNetwork(p.networkId()))
                .orElseThrow(() -> new NotFoundException("voorstel", String.valueOf(proposalId)));
    }

    static MatchStatus statusOf(NewcomerMatchStatus status) {
        return status == null ? MatchStatus.NO_MATCH : status.status();
    }

    static PairListing listing(MatchRepository matches, MatchingNewcomers newcomers, BuddyCandidates buddies,
                               MatchPair pair) {
        Map<Long, String> newcomerNames = newcomers.names(List.of(pair.newcomerId()));
        Map<Long, String> buddyNames = buddies.names(List.of(pair.buddyId()));
        return new PairListing(pair, newcomerNames.getOrDefault(pair.newcomerId(), ""),
                buddyNames.getOrDefault(pair.buddyId(), ""),
                statusOf(matches.status(pair.newcomerId()).orElse(null)));
    }
}
