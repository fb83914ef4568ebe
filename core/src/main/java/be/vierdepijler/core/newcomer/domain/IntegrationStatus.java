package be.vierdepijler.core.newcomer.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether the integration decree obliges the newcomer (verplicht) or only entitles them (rechthebbend). */
public enum IntegrationStatus {
    OBLIGED("obliged", "verplicht"),
    ENTITLED("entitled", "rechthebbend");

    private final String code;
    private final String dutchLabel;

    IntegrationStatus(String code, String dutchLabel) {
        this.code = code;
        this.dutchLabel = dutchLabel;
    }

    public String code() {
        return code;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public static Optional<IntegrationStatus> byCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(IntegrationStatus::code).toList();
    }
}
