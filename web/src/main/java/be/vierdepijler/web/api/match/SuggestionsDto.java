package be.vierdepijler.web.api.match;

import java.util.List;

/**
 * A newcomer's suggestions of one kind, best first.
 *
 * @param newcomerId the newcomer
 * @param kind       {@code offer} or {@code buddy}
 * @param items      at most {@code limit} candidates
 */
public record SuggestionsDto(long newcomerId, String kind, List<SuggestionDto> items) {
}
