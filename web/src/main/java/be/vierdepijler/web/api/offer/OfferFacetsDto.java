package be.vierdepijler.web.api.offer;

import java.util.List;

/**
 * How many offers the list with the same filters holds, divided per trajectory type (and its categories), network,
 * required level and status: the counts beside a list's filters.
 */
public record OfferFacetsDto(long total, List<TypeCount> types, List<Count> networks, List<Count> levels,
                             List<Count> statuses) {

    /** One value of a facet with its Dutch name and how many offers have it. */
    public record Count(String id, String name, long count) {
    }

    /** A trajectory type with its count and the counts of its categories. */
    public record TypeCount(String id, String name, long count, List<Count> categories) {
    }
}
