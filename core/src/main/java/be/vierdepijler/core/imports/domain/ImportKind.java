package be.vierdepijler.core.imports.domain;

import be.vierdepijler.core.access.Caller;
import java.util.List;

/**
 * One kind of record that can be imported from a CSV or XLSX file (organisations, offers, projects, municipality
 * figures, ...). A module that owns the records implements it as an {@code @ApplicationScoped} bean; the import path
 * finds every implementation, so a new kind needs no change elsewhere.
 *
 * <p>The import path reads the file into {@link ImportRow}s (the header names the columns, case and accents
 * ignored), calls {@link #check} for every row at once, and only when no row has a problem calls {@link #apply} row by
 * row inside one transaction. A row that {@code apply} refuses (an {@code InvalidInputException} of the owning
 * service) becomes a {@link RowProblem} too and the whole transaction rolls back: a file imports completely or not at
 * all. A dry run goes through the same steps and always rolls back, so its counts are exactly what an import would do.
 *
 * <p>Re-importing the same file changes nothing: {@code apply} finds the record by its natural key (a reference, a
 * NIS code with a year, an organisation's enterprise number or name ...) and answers
 * {@link RowOutcome#UNCHANGED} when every imported value is already there.
 */
public interface ImportKind {

    /** A stable name in URLs and files, e.g. {@code projects}. */
    String key();

    /** What a person calls it, Dutch, e.g. {@code Projecten}. */
    String label();

    /** The columns a file may have, required ones first; the order of a template file. */
    List<ImportColumn> columns();

    /** Whether this caller may import this kind at all (scope per row is for {@link #check}). */
    boolean mayImport(Caller caller);

    /**
     * Every problem of every row, without writing anything: missing or malformed values, unknown references, rows
     * that repeat a natural key of an earlier row of the same file, rows outside the caller's scope.
     *
     * @return the problems, empty when every row can be applied
     */
    List<RowProblem> check(List<ImportRow> rows, Caller caller);

    /**
     * Creates or updates the record of one checked row through the owning module's services (so that their rules,
     * audit and scope apply). Throws the services' exceptions for a row they refuse. Between rows the import path
     * flushes and clears every persistence context now and then ({@link ImportPersistence}): an entity loaded for one
     * row is detached in a later one, so a kind looks records up per row and keeps nothing but ids between rows.
     */
    RowOutcome apply(ImportRow row, Caller caller);
}
