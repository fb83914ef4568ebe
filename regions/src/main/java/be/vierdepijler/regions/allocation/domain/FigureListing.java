package be.vierdepijler.regions.allocation.domain;

/** A municipality figure as listed, with the municipality's name and network read in the same query. */
public record FigureListing(MunicipalityFigure figure, String municipalityName, String networkId) {
}
