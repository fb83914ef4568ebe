package be.vierdepijler.core.worklist.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why an open trajectory (intake or active) needs its counsellor; one trajectory can have several reasons. The
 * thresholds are {@link WorklistRules}'.
 */
public enum WorklistReason {
    /** Active, and no hours (pending or confirmed) dated in the last N weeks; without any, counted from the start. */
    NO_HOURS("no-hours", "Geen uren"),
    /** The deadline lies within 30 days, or passed, while the confirmed hours are below the target. */
    DEADLINE_NEAR("deadline-near", "Deadline nadert"),
    /** Hours reported more than 7 days ago still wait for confirmation. */
    HOURS_WAITING("hours-waiting", "Uren wachten op bevestiging"),
    /** Opened more than 14 days ago and still without a placement (a cancelled one does not count). */
    INTAKE_STALLED("intake-stalled", "Nog geen plaatsing"),
    /** The newcomer's buddy duo ended early: they need another buddy. */
    NEEDS_REMATCH("needs-rematch", "Nieuwe buddy nodig");

    private final String code;
    private final String label;

    WorklistReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As the API names it: {@code no-hours}, {@code deadline-near}, … */
    public String code() {
        return code;
    }

    /** In Dutch, as a counsellor reads it. */
    public String label() {
        return label;
    }

    public static Optional<WorklistReason> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(WorklistReason::code).toList();
    }
}
