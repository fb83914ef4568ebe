package be.vierdepijler.regions.network.domain;

import be.vierdepijler.core.shared.SearchText;
import java.util.Objects;

/**
 * The rule that puts every municipality in exactly one of the 18 networks:
 * <ul>
 *   <li>the 19 municipalities of the Brussels-Capital Region form the network Brussel (VGC);</li>
 *   <li>the city of Antwerpen and the city of Gent form a city network of their own;</li>
 *   <li>every other municipality belongs to the network of its reference region.</li>
 * </ul>
 */
public final class NetworkAssignment {

    public static final String ANTWERPEN_NIS = "11002";
    public static final String GENT_NIS = "44021";

    public static final String ANTWERPEN = "antwerpen";
    public static final String GENT = "gent";
    public static final String BRUSSEL = "brussel";

    private NetworkAssignment() {
    }

    /**
     * @param nisCode             the municipality's NIS code
     * @param referenceRegionName its reference region, or null/blank for a Brussels municipality
     * @return the id of the municipality's network
     */
    public static String networkIdOf(String nisCode, String referenceRegionName) {
        Objects.requireNonNull(nisCode, "nisCode");
        if (referenceRegionName == null || referenceRegionName.isBlank()) {
            return BRUSSEL;
        }
        if (ANTWERPEN_NIS.equals(nisCode)) {
            return ANTWERPEN;
        }
        if (GENT_NIS.equals(nisCode)) {
            return GENT;
        }
        return slugOf(referenceRegionName);
    }

    /** {@code "Zuid-West-Vlaanderen"} becomes {@code "zuid-west-vlaanderen"}, {@code "Regio Gent"} {@code "regio-gent"}. */
    public static String slugOf(String name) {
        return SearchText.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
