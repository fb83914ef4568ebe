package be.vierdepijler.web.api.match;

import be.vierdepijler.core.matching.application.StatusListing;
import java.time.Instant;
import java.util.Locale;

/**
 * Where a newcomer stands in finding a buddy.
 *
 * @param newcomerId the newcomer
 * @param status     {@code no-match}, {@code proposed}, {@code matched} or {@code needs-rematch}
 * @param changedAt  when it last changed; null when it never did
 * @param pair       the pair that proposed or matched them; null when none
 */
public record MatchStatusDto(long newcomerId, String status, Instant changedAt, PairDto pair) {

    static MatchStatusDto of(StatusListing s, Locale locale) {
        return new MatchStatusDto(s.newcomerId(), s.status().code(), s.changedAt(),
                s.pair() == null ? null : PairDto.of(s.pair(), locale));
    }
}
