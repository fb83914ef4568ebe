/**
 * Matching newcomers to offers and buddies, as plain values and pure functions (no container, no database).
 *
 * <ul>
 *   <li>{@link be.vierdepijler.core.matching.domain.NewcomerProfile}, {@link be.vierdepijler.core.matching.domain.OfferCandidate}
 *       and {@link be.vierdepijler.core.matching.domain.BuddyCandidate}: what the scoring compares.</li>
 *   <li>{@link be.vierdepijler.core.matching.domain.MatchScorer}: the criteria (nearness, Dutch level, languages,
 *       interests, availability, free capacity, and a trajectory type's own through
 *       {@link be.vierdepijler.core.spi.MatchScoring}), each giving points and an explanation in Dutch and English;
 *       ranking with a deterministic tie-break.</li>
 *   <li>{@link be.vierdepijler.core.matching.domain.DuoProposer}: the network-wide proposal of newcomer–buddy duos,
 *       the highest total score that no buddy's free duos can hold less than, as a minimum-cost flow (JGraphT).</li>
 *   <li>{@link be.vierdepijler.core.matching.domain.MatchStatus}: where a newcomer stands in finding a buddy.</li>
 *   <li>Ports the infrastructure implements: {@code BuddyCandidates}, {@code OfferCandidates} (regions),
 *       {@code MatchingNewcomers}, {@code MatchingPlaces}, {@code MatchRepository}, and
 *       {@link be.vierdepijler.core.matching.domain.CandidateChanges}, the generation per network that tells a node
 *       when its kept candidates are stale (raised by the buddy's and the offer's entity listeners).</li>
 * </ul>
 * See {@code docs/adr/0007-matching.md} for the choices.
 */
package be.vierdepijler.core.matching.domain;
