package be.vierdepijler.regions.organisation.domain;

/** An organisation with the names of its municipality and network, read in the same query. */
public record OrganisationListing(Organisation organisation, String municipalityName, String networkId,
                                  String networkName) {
}
