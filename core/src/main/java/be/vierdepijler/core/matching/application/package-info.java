/**
 * The matching's use cases, one service each: a newcomer's ranked suggestions of offers or buddies
 * ({@link be.vierdepijler.core.matching.application.Suggestions}), a network-wide proposal of duos
 * ({@link be.vierdepijler.core.matching.application.Proposals}), approving and rejecting its pairs
 * ({@link be.vierdepijler.core.matching.application.MatchDecisions}), and where a newcomer stands
 * ({@link be.vierdepijler.core.matching.application.MatchStatuses}). Scoped like the newcomers: what a caller may not
 * see answers as not found. An approved pair becomes a buddy placement through the trajectory's placement service, in
 * the same transaction; a duo stopped early (the placement service's {@code PlacementStopped}) sends its newcomer to
 * needs-rematch.
 */
package be.vierdepijler.core.matching.application;
