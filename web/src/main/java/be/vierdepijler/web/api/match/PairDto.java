package be.vierdepijler.web.api.match;

import be.vierdepijler.core.matching.application.PairListing;
import be.vierdepijler.core.matching.domain.MatchPair;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A proposed newcomer–buddy pair with its score as it was when proposed.
 *
 * @param id          its id (approve and reject name it)
 * @param proposalId  the proposal it belongs to
 * @param networkId   the network
 * @param newcomer    the newcomer's id and name
 * @param buddy       the buddy's id and name
 * @param score       the total score
 * @param criteria    each criterion's points and explanation
 * @param status      {@code proposed}, {@code approved}, {@code rejected} or {@code withdrawn}
 * @param decidedAt   when it was approved, rejected or withdrawn
 * @param decidedBy   who approved or rejected it
 * @param reason      why it was rejected, when said
 * @param placementId the duo's placement once approved, when one was made
 * @param newcomerStatus where the newcomer stands now: {@code no-match}, {@code proposed}, {@code matched},
 *                       {@code needs-rematch}
 */
public record PairDto(long id, long proposalId, String networkId, PersonDto newcomer, PersonDto buddy, int score,
                      List<CriterionDto> criteria, String status, Instant decidedAt, String decidedBy, String reason,
                      Long placementId, String newcomerStatus) {

    /** A person as a pair names them. */
    public record PersonDto(long id, String name) {
    }

    static PairDto of(PairListing listing, Locale locale) {
        MatchPair p = listing.pair();
        return new PairDto(p.id(), p.proposalId(), p.networkId(), new PersonDto(p.newcomerId(),
                listing.newcomerName()), new PersonDto(p.buddyId(), listing.buddyName()), p.score(),
                p.criteria().stream().map(c -> CriterionDto.of(c, locale)).toList(), p.status().code(),
                p.decidedAt(), p.decidedBy(), p.reason(), p.placementId(), listing.newcomerStatus().code());
    }
}
