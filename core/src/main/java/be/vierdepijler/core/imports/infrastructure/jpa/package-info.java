/** The import runs in SQL (persistence unit {@code core}). */
package be.vierdepijler.core.imports.infrastructure.jpa;
