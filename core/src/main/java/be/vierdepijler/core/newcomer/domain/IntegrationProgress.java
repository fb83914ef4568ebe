package be.vierdepijler.core.newcomer.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where the newcomer stands in their civic integration trajectory (inburgeringstraject), for eligibility. */
public enum IntegrationProgress {
    /** An integration trajectory is running. */
    RUNNING("running"),
    /** None yet, but the newcomer may start one. */
    CAN_START("can-start"),
    /** One ended, on {@code integrationEndedOn}. */
    ENDED("ended"),
    /** None, and the newcomer may not start one. */
    NONE("none");

    private final String code;

    IntegrationProgress(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<IntegrationProgress> byCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(IntegrationProgress::code).toList();
    }
}
