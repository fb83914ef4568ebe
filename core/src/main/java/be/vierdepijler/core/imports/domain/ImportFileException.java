package be.vierdepijler.core.imports.domain;

/**
 * A file that cannot be read as an import at all (not CSV or XLSX, corrupt, too large, too many rows): the request is
 * refused before any run starts. The web layer answers it as a 400 problem (413 when {@link #tooLarge()}).
 */
public class ImportFileException extends RuntimeException {

    private final String code;
    private final boolean tooLarge;

    public ImportFileException(String code, String message) {
        this(code, message, false);
    }

    public ImportFileException(String code, String message, boolean tooLarge) {
        super(message);
        this.code = code;
        this.tooLarge = tooLarge;
    }

    /** A stable reason, e.g. {@code corrupt-xlsx}, {@code binary}, {@code too-many-rows}. */
    public String code() {
        return code;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
