package be.vierdepijler.web.api.match;

import be.vierdepijler.core.matching.application.SuggestionListing;
import java.util.List;
import java.util.Locale;

/**
 * One ranked candidate for a newcomer.
 *
 * @param rank             1 for the best
 * @param kind             {@code offer} or {@code buddy}
 * @param id               the offer's or buddy's id
 * @param name             the offer's title or the buddy's name
 * @param organisationId   the offer's organisation (null for a buddy)
 * @param organisationName that organisation's name (null for a buddy)
 * @param municipalityNis  where the offer is or the buddy lives
 * @param municipalityName that municipality's name
 * @param trajectoryTypeId the trajectory type a placement with it has
 * @param freeCapacity     free places of the offer, or duos the buddy can still take
 * @param score            the total of the criteria
 * @param nearness         {@code same-municipality}, {@code same-network}, {@code same-province} or
 *                         {@code further}
 * @param criteria         each criterion's points and explanation
 */
public record SuggestionDto(int rank, String kind, long id, String name, Long organisationId, String organisationName,
                            String municipalityNis, String municipalityName, String trajectoryTypeId,
                            int freeCapacity, int score, String nearness, List<CriterionDto> criteria) {

    static SuggestionDto of(SuggestionListing s, Locale locale) {
        return new SuggestionDto(s.rank(), s.kind().code(), s.candidateId(), s.name(), s.organisationId(),
                s.organisationName(), s.municipalityNis(), s.municipalityName(), s.trajectoryTypeId(),
                s.freeCapacity(), s.score().total(), s.score().nearness().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), s.score().criteria().stream().map(c -> CriterionDto.of(c, locale)).toList());
    }
}
