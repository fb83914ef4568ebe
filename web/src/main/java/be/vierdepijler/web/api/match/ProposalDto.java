package be.vierdepijler.web.api.match;

import be.vierdepijler.core.matching.application.ProposalListing;
import be.vierdepijler.core.matching.domain.MatchProposal;
import be.vierdepijler.core.matching.domain.PairStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A network-wide proposal of duos.
 *
 * @param id                  its id
 * @param networkId           the network
 * @param createdAt           when it was computed
 * @param createdBy           who computed it
 * @param newcomersConsidered newcomers who looked for a buddy
 * @param buddiesConsidered   buddies with a free duo
 * @param candidatePairs      newcomer–buddy pairs the optimisation weighed
 * @param pairCount           pairs proposed
 * @param totalScore          their total score (the highest possible)
 * @param durationMs          how long reading and optimising took
 * @param pairs               how many pairs stand where: {@code proposed}, {@code approved}, {@code rejected},
 *                            {@code withdrawn}
 */
public record ProposalDto(long id, String networkId, Instant createdAt, String createdBy, int newcomersConsidered,
                          int buddiesConsidered, int candidatePairs, int pairCount, long totalScore, long durationMs,
                          Map<String, Long> pairs) {

    static ProposalDto of(ProposalListing listing) {
        MatchProposal p = listing.proposal();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (PairStatus status : PairStatus.values()) {
            counts.put(status.code(), listing.pairs().getOrDefault(status, 0L));
        }
        return new ProposalDto(p.id(), p.networkId(), p.createdAt(), p.createdBy(), p.newcomersConsidered(),
                p.buddiesConsidered(), p.candidatePairs(), p.pairCount(), p.totalScore(), p.durationMs(), counts);
    }
}
