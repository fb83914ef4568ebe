package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.matching.domain.MatchScore;

/**
 * One suggestion for a newcomer, with what a coordinator needs to recognise the candidate.
 *
 * @param rank             1 for the best
 * @param kind             offer or buddy
 * @param candidateId      the offer's or buddy's id
 * @param name             the offer's title or the buddy's name
 * @param organisationId   the offer's organisation; null for a buddy
 * @param organisationName that organisation's name; null for a buddy
 * @param municipalityNis  where the offer takes place or the buddy lives
 * @param municipalityName that municipality's name
 * @param trajectoryTypeId the type a placement with the candidate has
 * @param freeCapacity     free places of the offer, or duos the buddy can still take
 * @param score            the explained score
 */
public record SuggestionListing(int rank, CandidateKind kind, long candidateId, String name, Long organisationId,
                                String organisationName, String municipalityNis, String municipalityName,
                                String trajectoryTypeId, int freeCapacity, MatchScore score) {
}
