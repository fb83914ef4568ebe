package be.vierdepijler.core.imports.domain;

/** The two forms an import file may take; detected from its content, not from its name. */
public enum ImportFormat {
    CSV,
    XLSX
}
