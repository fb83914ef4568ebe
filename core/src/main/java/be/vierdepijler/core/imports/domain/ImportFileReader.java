package be.vierdepijler.core.imports.domain;

/** Reads the bytes of an import file as CSV or XLSX, whichever its content is. */
public interface ImportFileReader {

    /** The most bytes a file may hold. */
    int MAX_BYTES = 10 * 1024 * 1024;

    /** The most data rows a file may hold. */
    int MAX_ROWS = 50_000;

    /**
     * @throws ImportFileException when the file is empty, binary, a corrupt or old-style Excel file, not text, too
     *                             large or has too many rows
     */
    ImportSheet read(byte[] content);
}
