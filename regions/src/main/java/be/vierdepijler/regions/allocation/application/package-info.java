/**
 * Use cases of the regional allocation: the municipality figures (listed for administrators, coordinators and
 * viewers; imported by administrators through {@link
 * be.vierdepijler.regions.allocation.application.MunicipalityFigureImport}, the import path's kind
 * {@code municipality-figures}), and calculating, saving and reading allocations (administrators calculate and save;
 * coordinators and viewers read).
 */
package be.vierdepijler.regions.allocation.application;
