/**
 * The matching's use cases: a newcomer's ranked suggestions of offers or buddies, a network-wide proposal of duos,
 * approving and rejecting its pairs, and where a newcomer stands. Scoped like the newcomers: what a caller may not
 * see answers as not found.
 */
package be.vierdepijler.core.matching.application;
