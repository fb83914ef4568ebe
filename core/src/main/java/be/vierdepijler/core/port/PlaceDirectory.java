package be.vierdepijler.core.port;

import be.vierdepijler.core.shared.FieldViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What core needs to know of the places regions owns: which networks exist, in which network and province a
 * municipality lies, in which network an organisation lies.
 * Implemented by the regions module (core depends on no other module).
 */
public interface PlaceDirectory {

    boolean networkExists(String networkId);

    /** Every network's name by its id, ordered by name (for reports that list networks as rows). */
    Map<String, String> networkNames();

    /** The network of a municipality, or empty for an unknown NIS code. */
    Optional<String> networkOfMunicipality(String nisCode);

    /** The network of an organisation's municipality, or empty for an unknown organisation. */
    Optional<String> networkOfOrganisation(long organisationId);

    /** The ids of the organisations whose municipality lies in these networks. */
    Set<Long> organisationsIn(Set<String> networkIds);

    /** The NIS codes of the municipalities that lie in these networks. */
    Set<String> municipalitiesIn(Set<String> networkIds);

    /**
     * Where a newcomer lives, for the eligibility rule "lives in a municipality of the network or a neighbouring one".
     * Which municipalities are neighbours is decided by the implementation alone: without adjacency data it takes the
     * municipalities of the same reference region (referentieregio). When adjacency data arrives, only the
     * implementation changes.
     *
     * @return empty for an unknown NIS code
     */
    Optional<Residence> residence(String nisCode, LocalDate on);

    /**
     * Name, network and province of these municipalities (one query, whatever their number); unknown NIS codes are
     * absent from the answer.
     */
    Map<String, MunicipalityPlace> places(Set<String> nisCodes);

    /** Name, network and province of one municipality, or empty for an unknown NIS code. */
    default Optional<MunicipalityPlace> place(String nisCode) {
        return nisCode == null ? Optional.empty() : Optional.ofNullable(places(Set.of(nisCode)).get(nisCode));
    }

    /**
     * What is wrong with a list's filter on a network and a municipality (each may be null: not filtered): an unknown
     * network (field {@code network}) and an unknown municipality (field {@code municipality}), so that a list answers
     * 400 rather than an empty page for a typing error.
     */
    default List<FieldViolation> filterViolations(String networkId, String municipalityNis) {
        List<FieldViolation> v = new ArrayList<>();
        if (networkId != null && !networkExists(networkId)) {
            v.add(new FieldViolation("network", "unknown-network", "Er bestaat geen netwerk '" + networkId + "'."));
        }
        if (municipalityNis != null && place(municipalityNis).isEmpty()) {
            v.add(new FieldViolation("municipality", "unknown-municipality",
                    "Er bestaat geen gemeente met NIS-code '" + municipalityNis + "'."));
        }
        return v;
    }
}
