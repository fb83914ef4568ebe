package be.vierdepijler.regions.allocation.domain;

/** What a list of municipality figures is narrowed to; every part optional (null). */
public record FigureFilter(FigureKind kind, Integer year, String networkId) {
}
