package be.vierdepijler.regions.municipality.domain;

import java.util.Arrays;
import java.util.Optional;

/** The region (gewest) a municipality lies in: the Flemish Region or the Brussels-Capital Region. */
public enum Region {
    VLAANDEREN("vlaanderen", "Vlaams Gewest"),
    BRUSSEL("brussel", "Brussels Hoofdstedelijk Gewest");

    private final String code;
    private final String label;

    Region(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Finds a region by its official Dutch name as in the reference CSV (column {@code gewest}). */
    public static Optional<Region> byLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }
}
