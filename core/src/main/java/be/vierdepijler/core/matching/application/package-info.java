/**
 * The matching's use cases: a newcomer's ranked suggestions of offers or buddies, a network-wide proposal of duos,
 * approving and rejecting its pairs, and where a newcomer stands. Scoped like the newcomers: what a caller may not
 * see answers as not found. An approved pair becomes a buddy placement through the trajectory's placement service, in
 * the same transaction; a duo stopped early (the placement service's {@code PlacementStopped}) sends its newcomer to
 * needs-rematch.
 */
package be.vierdepijler.core.matching.application;
