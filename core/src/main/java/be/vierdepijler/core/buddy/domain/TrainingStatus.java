package be.vierdepijler.core.buddy.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a buddy followed the buddy training (vorming) that comes after screening. */
public enum TrainingStatus {
    /** No training yet. */
    NOT_TRAINED("not-trained", "Nog niet gevormd"),
    /** Followed the training (on a date the buddy keeps). */
    TRAINED("trained", "Gevormd");

    private final String code;
    private final String label;

    TrainingStatus(String code, String label) {
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

    public static Optional<TrainingStatus> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(TrainingStatus::code).toList();
    }
}
