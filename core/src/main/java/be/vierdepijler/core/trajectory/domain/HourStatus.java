package be.vierdepijler.core.trajectory.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An hour entry waits for confirmation, was confirmed (it counts) or rejected (it never counts), or lapsed: it was
 * still pending when its trajectory closed, so nobody decides it any more and it never counts towards the target (it
 * still counts on its day for the 24-hours-a-day limit).
 */
public enum HourStatus {
    PENDING("pending", "open"), CONFIRMED("confirmed", "bevestigd"), REJECTED("rejected", "afgewezen"),
    LAPSED("lapsed", "vervallen");

    private final String code;
    private final String dutchPast;

    HourStatus(String code, String dutchPast) {
        this.code = code;
        this.dutchPast = dutchPast;
    }

    /** "bevestigd", "afgewezen", "vervallen": what happened to the entry, in Dutch. */
    public String dutchPast() {
        return dutchPast;
    }

    public String code() {
        return code;
    }

    public static Optional<HourStatus> byCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(HourStatus::code).toList();
    }
}
