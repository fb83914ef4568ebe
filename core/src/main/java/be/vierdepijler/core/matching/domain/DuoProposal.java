package be.vierdepijler.core.matching.domain;

import java.util.List;

/**
 * A network-wide proposal of duos.
 *
 * @param duos            the pairs, by newcomer id; a newcomer appears at most once, a buddy at most as often as
 *                        their free duos
 * @param totalScore      the sum of the pairs' scores, the highest any such set reaches on the candidate graph
 * @param unmatched       ids of the newcomers left without a buddy, in ascending order
 * @param candidatePairs  how many newcomer–buddy pairs the optimisation weighed (after pruning)
 */
public record DuoProposal(List<ProposedDuo> duos, long totalScore, List<Long> unmatched, int candidatePairs) {

    public DuoProposal {
        duos = List.copyOf(duos);
        unmatched = List.copyOf(unmatched);
    }
}
