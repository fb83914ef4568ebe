package be.vierdepijler.core.trajectory.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An hour entry waits for confirmation, was confirmed (it counts) or rejected (it never counts). */
public enum HourStatus {
    PENDING("pending"), CONFIRMED("confirmed"), REJECTED("rejected");

    private final String code;

    HourStatus(String code) {
        this.code = code;
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
