package be.vierdepijler.core.matching.domain;

import java.util.Optional;
import java.util.Set;

/**
 * What the matching needs to know of the municipalities (owned by regions, which implements this port): where a
 * municipality lies for nearness, and which municipalities share a province. Reference data: it changes only with a
 * migration, so an implementation may keep it in memory.
 */
public interface MatchingPlaces {

    /** The municipality's network and province, or empty for an unknown NIS code. */
    Optional<Place> place(String municipalityNis);

    /** The municipality's name, or the NIS code itself when unknown. */
    String name(String municipalityNis);

    /** The NIS codes of the municipalities of a province; empty for null (Brussels has no province). */
    Set<String> municipalitiesOfProvince(String province);
}
