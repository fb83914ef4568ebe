package be.vierdepijler.regions.organisation.domain;

/**
 * An organisation got another name (a CDI event, fired synchronously inside the transaction of the change), so that
 * what is found under the old name (the offer search) can follow.
 */
public record OrganisationRenamed(long organisationId, String name) {
}
