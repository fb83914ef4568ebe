/**
 * Reports and lists as tables: {@link be.vierdepijler.core.shared.table.Report} holds one or more
 * {@link be.vierdepijler.core.shared.table.Table}s of typed {@link be.vierdepijler.core.shared.table.Column}s. A module
 * that reports builds a {@code Report}; the web module renders the same object as JSON, CSV and XLSX, so that the three
 * never disagree. Plain Java, no container dependency.
 */
package be.vierdepijler.core.shared.table;
