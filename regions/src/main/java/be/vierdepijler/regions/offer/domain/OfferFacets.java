package be.vierdepijler.regions.offer.domain;

import java.util.List;

/**
 * How a filtered list of offers divides: counts per trajectory type and category, per network, per required level
 * and per status, each under the same filter and scope as the list itself.
 *
 * @param total      how many offers the list holds
 * @param categories per type ({@code key}) and category ({@code detail})
 * @param networks   per network id ({@code key}) with its name ({@code detail})
 * @param levels     per required level ({@code key}: {@code A0} … {@code C2})
 * @param statuses   per status ({@code key}: {@code DRAFT}, {@code PUBLISHED}, {@code CLOSED})
 */
public record OfferFacets(long total, List<Count> categories, List<Count> networks, List<Count> levels,
                          List<Count> statuses) {

    /** One count; {@code detail} is null where a facet has none. */
    public record Count(String key, String detail, long count) {
    }
}
