package be.vierdepijler.regions.funding.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a project stands; which status may follow which is {@link ProjectLifecycle}. */
public enum ProjectStatus {
    SUBMITTED("submitted", "ingediend", "Ingediend"),
    SELECTED("selected", "geselecteerd", "Geselecteerd"),
    NOT_SELECTED("not-selected", "niet-geselecteerd", "Niet geselecteerd"),
    RUNNING("running", "lopend", "Lopend"),
    EXTENDED("extended", "verlengd", "Verlengd"),
    ENDED("ended", "beeindigd", "Beëindigd"),
    CONTINUED_WITHOUT_SUBSIDY("continued-without-subsidy", "verdergezet-zonder-subsidie",
            "Verdergezet zonder subsidie");

    private final String code;
    private final String dutchCode;
    private final String label;

    ProjectStatus(String code, String dutchCode, String label) {
        this.code = code;
        this.dutchCode = dutchCode;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The code in import files. */
    public String dutchCode() {
        return dutchCode;
    }

    public String label() {
        return label;
    }

    /** Whether the project was awarded money in this status (it was selected, and what followed). */
    public boolean awarded() {
        return this != SUBMITTED && this != NOT_SELECTED;
    }

    public static Optional<ProjectStatus> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** By the import's code; {@code beëindigd} with its diaeresis is taken too. */
    public static Optional<ProjectStatus> byDutchCode(String code) {
        String plain = code == null ? null : code.strip().toLowerCase(java.util.Locale.ROOT).replace('ë', 'e');
        return Arrays.stream(values()).filter(s -> s.dutchCode.equals(plain)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ProjectStatus::code).toList();
    }

    public static List<String> dutchCodes() {
        return Arrays.stream(values()).map(ProjectStatus::dutchCode).toList();
    }
}
