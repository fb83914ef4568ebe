package be.vierdepijler.regions.funding.domain;

/** A project with what a list shows of its call and lead organisation. */
public record ProjectListing(FundingProject project, String callReference, String callName,
                             String leadOrganisationName) {
}
