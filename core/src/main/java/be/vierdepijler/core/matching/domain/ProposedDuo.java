package be.vierdepijler.core.matching.domain;

/**
 * One newcomer–buddy pair of a proposal.
 *
 * @param newcomerId the newcomer
 * @param buddyId    the buddy
 * @param score      why they fit, as the suggestions explain it
 */
public record ProposedDuo(long newcomerId, long buddyId, MatchScore score) {
}
