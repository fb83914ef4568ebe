/** Use cases on the municipalities: the paged, filtered directory and editing a municipality's membership. */
package be.vierdepijler.regions.municipality.application;
