/**
 * The regions' side of core's import path: its persistence unit flushed and cleared between the batches of an import
 * ({@link be.vierdepijler.core.imports.domain.ImportPersistence}). The import kinds live with the records they import.
 */
package be.vierdepijler.regions.imports.infrastructure.jpa;
