package be.vierdepijler.core.imports.domain;

/** Where an import run stands. */
public enum ImportStatus {
    /** Being checked or applied. */
    RUNNING,
    /** Finished without a problem: applied (or, for a dry run, checked and rolled back). */
    DONE,
    /** At least one row (or the header) has a problem: nothing was written. */
    REFUSED,
    /** Stopped by an unexpected error: nothing was written. */
    FAILED
}
