/**
 * The import path's port: an {@link be.vierdepijler.core.imports.domain.ImportKind} per kind of record, implemented by
 * the module that owns those records, fed with {@link be.vierdepijler.core.imports.domain.ImportRow}s and answering
 * {@link be.vierdepijler.core.imports.domain.RowProblem}s or a {@link be.vierdepijler.core.imports.domain.RowOutcome}.
 */
package be.vierdepijler.core.imports.domain;
