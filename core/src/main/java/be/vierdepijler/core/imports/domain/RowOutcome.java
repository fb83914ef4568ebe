package be.vierdepijler.core.imports.domain;

/** What applying one row did. */
public enum RowOutcome {
    /** A new record. */
    CREATED,
    /** An existing record (same natural key) took a changed value. */
    UPDATED,
    /** An existing record already had every value of the row. */
    UNCHANGED
}
