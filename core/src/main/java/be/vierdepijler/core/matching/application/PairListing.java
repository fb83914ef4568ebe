package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.matching.domain.MatchPair;
import be.vierdepijler.core.matching.domain.MatchStatus;

/**
 * A proposed pair with the names a coordinator knows the two by.
 *
 * @param pair         the pair
 * @param newcomerName the newcomer's name (empty when the record is gone)
 * @param buddyName    the buddy's name (empty when the record is gone)
 * @param newcomerStatus where the newcomer stands now (a decided pair's newcomer may have moved on since)
 */
public record PairListing(MatchPair pair, String newcomerName, String buddyName, MatchStatus newcomerStatus) {
}
