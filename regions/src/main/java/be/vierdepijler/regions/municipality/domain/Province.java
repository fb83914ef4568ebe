package be.vierdepijler.regions.municipality.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The five Flemish provinces. Brussels municipalities lie in no province. */
public enum Province {
    ANTWERPEN("antwerpen", "Antwerpen"),
    LIMBURG("limburg", "Limburg"),
    OOST_VLAANDEREN("oost-vlaanderen", "Oost-Vlaanderen"),
    VLAAMS_BRABANT("vlaams-brabant", "Vlaams-Brabant"),
    WEST_VLAANDEREN("west-vlaanderen", "West-Vlaanderen");

    private final String code;
    private final String label;

    Province(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The kebab-case code used in the API ({@code ?province=oost-vlaanderen}). */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Province> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /** Reads the province as written in the reference CSV, e.g. {@code "Antwerpen (Prov.)"} or {@code "Limburg"}. */
    public static Optional<Province> byReferenceName(String name) {
        String cleaned = name == null ? "" : name.replace("(Prov.)", "").strip();
        return Arrays.stream(values()).filter(p -> p.label.equals(cleaned)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Province::code).toList();
    }
}
