/**
 * The municipalities in the database (JPA, persistence unit {@code regions}): the repository, and the two ports core
 * asks of this module about places, {@link be.vierdepijler.regions.municipality.infrastructure.jpa.RegionsPlaceDirectory}
 * (networks, municipalities and their neighbours for scope and residence) and
 * {@link be.vierdepijler.regions.municipality.infrastructure.jpa.RegionsMatchingPlaces} (the places matching compares).
 */
package be.vierdepijler.regions.municipality.infrastructure.jpa;
