package be.vierdepijler.core.trajectory.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a trajectory stands: intake → active → completed (by itself, at the target) / stopped / exempted. Only intake
 * and active are open: placements, hours and plan changes need an open trajectory, hours an active one.
 */
public enum TrajectoryStatus {
    INTAKE("intake", "intake"),
    ACTIVE("active", "lopend"),
    COMPLETED("completed", "voltooid"),
    STOPPED("stopped", "stopgezet"),
    EXEMPTED("exempted", "vrijgesteld");

    private final String code;
    private final String dutchLabel;

    TrajectoryStatus(String code, String dutchLabel) {
        this.code = code;
        this.dutchLabel = dutchLabel;
    }

    public String code() {
        return code;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public boolean isOpen() {
        return this == INTAKE || this == ACTIVE;
    }

    public static Optional<TrajectoryStatus> byCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(TrajectoryStatus::code).toList();
    }
}
