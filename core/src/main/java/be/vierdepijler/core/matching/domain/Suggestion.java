package be.vierdepijler.core.matching.domain;

/**
 * A candidate in a newcomer's ranking.
 *
 * @param rank      1 for the best
 * @param candidate the offer or buddy
 * @param score     its explained score
 */
public record Suggestion<C extends Candidate>(int rank, C candidate, MatchScore score) {
}
