/**
 * Reading import files: {@link be.vierdepijler.core.imports.infrastructure.ImportFiles} tells CSV from XLSX by the
 * content and reads either with Apache Commons CSV or Apache POI into an
 * {@link be.vierdepijler.core.imports.domain.ImportSheet}.
 */
package be.vierdepijler.core.imports.infrastructure;
