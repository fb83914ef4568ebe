package be.vierdepijler.core.newcomer.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the newcomer found the trajectory (toeleiding). */
public enum ReferralChannel {
    AGENCY("agency", "Agentschap Integratie en Inburgering"),
    CVO("cvo", "Centrum voor volwassenenonderwijs"),
    OCMW("ocmw", "OCMW"),
    WORD_OF_MOUTH("word-of-mouth", "Mond-tot-mondreclame"),
    SELF("self", "Zelf aangemeld"),
    OTHER("other", "Andere");

    private final String code;
    private final String dutchLabel;

    ReferralChannel(String code, String dutchLabel) {
        this.code = code;
        this.dutchLabel = dutchLabel;
    }

    public String code() {
        return code;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public static Optional<ReferralChannel> byCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ReferralChannel::code).toList();
    }
}
