package be.vierdepijler.core.buddy.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a buddy stands in the screening (intake interview, references) that comes before any duo. */
public enum ScreeningStatus {
    /** Registered, awaiting screening. */
    REGISTERED("registered", "Aangemeld, wacht op screening"),
    /** Screened and found suitable. */
    SCREENED("screened", "Gescreend"),
    /** Screened and not found suitable (or no longer). */
    REFUSED("refused", "Niet weerhouden");

    private final String code;
    private final String label;

    ScreeningStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The kebab-case code of the API; never rename one (the database stores the constant's name). */
    public String code() {
        return code;
    }

    /** The Dutch label. */
    public String label() {
        return label;
    }

    public static Optional<ScreeningStatus> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ScreeningStatus::code).toList();
    }
}
