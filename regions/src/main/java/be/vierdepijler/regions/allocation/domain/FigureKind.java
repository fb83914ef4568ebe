package be.vierdepijler.regions.allocation.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a municipality figure counts. The list can grow: a new constant is a new figure users can import and a new
 * allocation criterion (see {@link Criterion}), nothing else changes. The database keeps the constant's name.
 */
public enum FigureKind {
    /** Inhabitants on 1 January of the year (e.g. Statbel). */
    INHABITANTS("inhabitants", "inwoners", "Inwoners"),
    /** First civic integration contracts signed in the year (Agentschap Integratie en Inburgering). */
    FIRST_INTEGRATION_CONTRACTS("first-integration-contracts", "eerste-inburgeringscontracten",
            "Eerste inburgeringscontracten");

    private final String code;
    private final String importCode;
    private final String label;

    FigureKind(String code, String importCode, String label) {
        this.code = code;
        this.importCode = importCode;
        this.label = label;
    }

    /** The kebab-case code in the API ({@code ?kind=inhabitants}). */
    public String code() {
        return code;
    }

    /** The Dutch word in an import file's {@code soort} column. */
    public String importCode() {
        return importCode;
    }

    /** Dutch. */
    public String label() {
        return label;
    }

    public static Optional<FigureKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static Optional<FigureKind> byImportCode(String code) {
        return Arrays.stream(values()).filter(k -> k.importCode.equalsIgnoreCase(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(FigureKind::code).toList();
    }

    public static List<String> importCodes() {
        return Arrays.stream(values()).map(FigureKind::importCode).toList();
    }
}
