package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Proposals, their pairs and the newcomers' match statuses. */
public interface MatchRepository {

    /** Sort fields of a proposal's pairs. */
    Set<String> PAIR_SORTABLE = Set.of("score", "id");

    /** Sort fields of a network's proposals. */
    Set<String> PROPOSAL_SORTABLE = Set.of("createdAt");

    MatchProposal add(MatchProposal proposal);

    /** Stores many pairs at once (batched). */
    void addPairs(List<MatchPair> pairs);

    Optional<MatchProposal> proposal(long id);

    /** The proposals of these networks (of all networks for null), newest first by default. */
    Page<MatchProposal> proposals(Collection<String> networkIds, PageRequest page);

    Optional<MatchPair> pair(long id);

    /** A proposal's pairs, of one status when given. */
    Page<MatchPair> pairs(long proposalId, PairStatus status, PageRequest page);

    /**
     * Withdraws every pair of the network still waiting for a decision and sends their newcomers back to the status
     * they had before (in bulk: a network may have thousands). Run it before reading the network's pairs.
     *
     * @return how many pairs were withdrawn
     */
    int withdrawOpenPairs(String networkId, Instant at);

    /** How many pairs of the proposal have each status. */
    Map<PairStatus, Long> countByStatus(long proposalId);

    Optional<NewcomerMatchStatus> status(long newcomerId);

    /** The statuses of these newcomers that have a row. */
    Map<Long, NewcomerMatchStatus> statuses(Collection<Long> newcomerIds);

    void add(NewcomerMatchStatus status);

    /** Writes what is pending, before a native query reads the same tables. */
    void flush();
}
