package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.matching.domain.BuddyCandidate;
import be.vierdepijler.core.matching.domain.BuddyCandidates;
import be.vierdepijler.core.matching.domain.DuoProposal;
import be.vierdepijler.core.matching.domain.DuoProposer;
import be.vierdepijler.core.matching.domain.MatchPair;
import be.vierdepijler.core.matching.domain.MatchProposal;
import be.vierdepijler.core.matching.domain.MatchRepository;
import be.vierdepijler.core.matching.domain.MatchScorer;
import be.vierdepijler.core.matching.domain.MatchStatus;
import be.vierdepijler.core.matching.domain.MatchingNewcomers;
import be.vierdepijler.core.matching.domain.NewcomerMatchStatus;
import be.vierdepijler.core.matching.domain.NewcomerProfile;
import be.vierdepijler.core.matching.domain.PairStatus;
import be.vierdepijler.core.matching.domain.ProposedDuo;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The network-wide proposal of duos (issue 5): computed for the network's newcomers who look for a buddy and stored
 * with its pairs, then read page by page. A proposal is computed by an administrator or a coordinator of its network,
 * and read by whoever covers the network; the coordinator's decision on each pair is {@link MatchDecisions}'.
 */
@ApplicationScoped
@Transactional
public class Proposals {

    private static final Logger LOG = Logger.getLogger(Proposals.class.getName());

    @Inject
    MatchingNewcomers newcomers;

    @Inject
    BuddyCandidates buddies;

    @Inject
    PlaceDirectory directory;

    @Inject
    MatchRepository matches;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    Clock clock;

    /**
     * Computes and stores a proposal of duos for the network's newcomers who look for a buddy. Undecided pairs of
     * an earlier proposal are withdrawn first, so that their newcomers and buddies are weighed again.
     *
     * @throws InvalidInputException for a missing or unknown network
     * @throws ForbiddenException    when the caller does not coordinate the network
     */
    public ProposalListing propose(Caller caller, String networkId) {
        if (networkId == null || networkId.isBlank()) {
            throw new InvalidInputException("network", "required", "Kies het netwerk waarvoor je duo's voorstelt.");
        }
        requireNetwork(networkId);
        if (!caller.managesNetwork(networkId)) {
            throw new ForbiddenException("Alleen een coördinator van dit netwerk stelt er duo's voor.");
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        matches.withdrawOpenPairs(networkId, now);

        List<NewcomerProfile> seeking = newcomers.seekingBuddy(networkId,
                List.of(MatchStatus.NO_MATCH, MatchStatus.NEEDS_REMATCH));
        List<BuddyCandidate> available = buddies.inNetwork(networkId);
        DuoProposal computed = new DuoProposer().propose(seeking, available, new MatchScorer(types::find));
        long durationMs = (System.nanoTime() - started) / 1_000_000;

        MatchProposal proposal = matches.add(new MatchProposal(networkId, now, caller.username(), seeking.size(),
                available.size(), computed, durationMs));
        Map<Long, NewcomerMatchStatus> statuses = matches.statuses(
                computed.duos().stream().map(ProposedDuo::newcomerId).toList());
        List<MatchPair> pairs = new ArrayList<>(computed.duos().size());
        for (ProposedDuo duo : computed.duos()) {
            NewcomerMatchStatus status = statuses.get(duo.newcomerId());
            pairs.add(new MatchPair(proposal.id(), networkId, duo,
                    status == null ? MatchStatus.NO_MATCH : status.status()));
        }
        matches.addPairs(pairs);
        for (MatchPair pair : pairs) {
            NewcomerMatchStatus status = statuses.get(pair.newcomerId());
            if (status == null) {
                status = new NewcomerMatchStatus(pair.newcomerId(), networkId, now);
                matches.add(status);
            }
            status.proposed(networkId, pair.id(), now);
        }
        matches.flush();
        LOG.info(() -> "Proposal " + proposal.id() + " for " + networkId + ": " + pairs.size() + " duos of "
                + seeking.size() + " newcomers and " + available.size() + " buddies, "
                + computed.candidatePairs() + " candidate pairs, " + durationMs + " ms to compute");
        return new ProposalListing(proposal, matches.countByStatus(proposal.id()));
    }

    /** A network's proposals, newest first; of every network the caller covers when none is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalListing> proposals(Caller caller, String networkId, PageRequest page) {
        Set<String> networks;
        if (networkId != null) {
            requireNetwork(networkId);
            networks = caller.coversNetwork(networkId) ? Set.of(networkId) : Set.of();
        } else {
            networks = caller.isAdministrator() ? null : caller.networkIds();
        }
        return matches.proposals(networks, page).map(p -> new ProposalListing(p, matches.countByStatus(p.id())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalListing proposal(Caller caller, long proposalId) {
        MatchProposal proposal = MatchListings.proposalInScope(matches, caller, proposalId);
        return new ProposalListing(proposal, matches.countByStatus(proposalId));
    }

    /** A proposal's pairs, best score first unless sorted otherwise; of one status when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PairListing> pairs(Caller caller, long proposalId, PairStatus status, PageRequest page) {
        MatchListings.proposalInScope(matches, caller, proposalId);
        Page<MatchPair> pairs = matches.pairs(proposalId, status, page);
        Map<Long, String> newcomerNames = newcomers.names(pairs.items().stream().map(MatchPair::newcomerId).toList());
        Map<Long, String> buddyNames = buddies.names(pairs.items().stream().map(MatchPair::buddyId).toList());
        Map<Long, NewcomerMatchStatus> statuses = matches.statuses(pairs.items().stream()
                .map(MatchPair::newcomerId).toList());
        return pairs.map(p -> new PairListing(p, newcomerNames.getOrDefault(p.newcomerId(), ""),
                buddyNames.getOrDefault(p.buddyId(), ""), MatchListings.statusOf(statuses.get(p.newcomerId()))));
    }

    private void requireNetwork(String networkId) {
        if (!directory.networkExists(networkId)) {
            throw new InvalidInputException("network", "unknown-network",
                    "Er bestaat geen netwerk '" + networkId + "'.");
        }
    }
}
