package be.vierdepijler.core.user.domain;

import java.util.Optional;
import java.util.Set;

/**
 * What core needs to know of the places regions owns: which networks exist and in which network a municipality lies.
 * Implemented by the regions module (core depends on no other module).
 */
public interface PlaceDirectory {

    boolean networkExists(String networkId);

    /** The network of a municipality, or empty for an unknown NIS code. */
    Optional<String> networkOfMunicipality(String nisCode);

    /** The NIS codes of the municipalities that lie in these networks. */
    Set<String> municipalitiesIn(Set<String> networkIds);
}
