package be.vierdepijler.regions.offer.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where an offer stands: a draft is seen only by those who may manage it; a published offer is in the public
 * catalogue and takes newcomers within its active period; a closed offer stays readable (placements refer to it) but
 * takes nobody new.
 */
public enum OfferStatus {
    DRAFT("draft", "Ontwerp"),
    PUBLISHED("published", "Gepubliceerd"),
    CLOSED("closed", "Afgesloten");

    private final String code;
    private final String label;

    OfferStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<OfferStatus> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(OfferStatus::code).toList();
    }
}
