package be.vierdepijler.core.matching.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a newcomer is matched to. */
public enum CandidateKind {
    BUDDY("buddy"), OFFER("offer");

    private final String code;

    CandidateKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CandidateKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(CandidateKind::code).toList();
    }
}
