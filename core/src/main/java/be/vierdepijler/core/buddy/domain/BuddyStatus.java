package be.vierdepijler.core.buddy.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a buddy takes part now: active, pausing for a while, or stopped. */
public enum BuddyStatus {
    /** Takes part: may be matched when screened and trained. */
    ACTIVE("active", "Actief"),
    /** Pauses for a while; running duos go on, no new ones. */
    PAUSED("paused", "Gepauzeerd"),
    /** No longer a buddy (also after an erasure). */
    STOPPED("stopped", "Gestopt");

    private final String code;
    private final String label;

    BuddyStatus(String code, String label) {
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

    public static Optional<BuddyStatus> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(BuddyStatus::code).toList();
    }
}
