package be.vierdepijler.core.matching.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a proposed pair stands: waiting for the coordinator, approved, rejected, or withdrawn by a newer proposal. */
public enum PairStatus {
    PROPOSED, APPROVED, REJECTED, WITHDRAWN;

    /** As served: {@code proposed}, {@code approved}, {@code rejected}, {@code withdrawn}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PairStatus> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(PairStatus::code).toList();
    }
}
