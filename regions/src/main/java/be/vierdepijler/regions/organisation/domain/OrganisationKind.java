package be.vierdepijler.regions.organisation.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What kind of partner an organisation is. */
public enum OrganisationKind {
    ASSOCIATION("association", "Vereniging"),
    COMPANY("company", "Bedrijf"),
    LOCAL_GOVERNMENT("local-government", "Lokaal bestuur"),
    WELFARE("welfare", "Welzijnsorganisatie"),
    EDUCATION("education", "Onderwijs- of vormingsorganisatie"),
    OTHER("other", "Andere");

    private final String code;
    private final String label;

    OrganisationKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<OrganisationKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(OrganisationKind::code).toList();
    }
}
