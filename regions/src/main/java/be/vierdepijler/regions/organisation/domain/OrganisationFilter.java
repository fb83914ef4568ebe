package be.vierdepijler.regions.organisation.domain;

/** What a list of organisations is narrowed to; each part optional (null). */
public record OrganisationFilter(String networkId, String municipalityNis, OrganisationKind kind, String query,
                                 Boolean active) {
}
