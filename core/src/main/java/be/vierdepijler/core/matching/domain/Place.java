package be.vierdepijler.core.matching.domain;

import java.util.Objects;

/**
 * Where someone lives or something takes place, as far as nearness goes.
 *
 * @param municipalityNis the municipality's NIS code
 * @param networkId       the regional network of that municipality; null when it takes part in none
 * @param province        the province of that municipality; null in Brussels, which has none
 */
public record Place(String municipalityNis, String networkId, String province) {

    public Place {
        Objects.requireNonNull(municipalityNis, "municipalityNis");
    }

    /** How near the other place is to this one. */
    public Nearness nearnessTo(Place other) {
        if (municipalityNis.equals(other.municipalityNis)) {
            return Nearness.SAME_MUNICIPALITY;
        }
        if (networkId != null && networkId.equals(other.networkId)) {
            return Nearness.SAME_NETWORK;
        }
        if (province != null && province.equals(other.province)) {
            return Nearness.SAME_PROVINCE;
        }
        return Nearness.FURTHER;
    }
}
