package be.vierdepijler.core.newcomer.domain;

/**
 * What a list of newcomers is narrowed to; every field optional.
 *
 * @param networkId         lives in this network
 * @param municipalityNis   lives in this municipality
 * @param integrationStatus obliged or entitled
 * @param query             part of the name, case and accents ignored
 */
public record NewcomerFilter(String networkId, String municipalityNis, IntegrationStatus integrationStatus,
                             String query) {
}
