package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.matching.domain.MatchPair;
import be.vierdepijler.core.matching.domain.MatchStatus;
import java.time.Instant;

/**
 * Where a newcomer stands in finding a buddy.
 *
 * @param newcomerId the newcomer
 * @param status     no-match, proposed, matched or needs-rematch
 * @param changedAt  when it last changed; null when it never did
 * @param pair       the pair that proposed or matched them, with names; null when none
 */
public record StatusListing(long newcomerId, MatchStatus status, Instant changedAt, PairListing pair) {
}
