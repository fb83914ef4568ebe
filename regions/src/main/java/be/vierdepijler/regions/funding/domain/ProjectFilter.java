package be.vierdepijler.regions.funding.domain;

/**
 * What a list of projects is narrowed to; each part optional (null). {@code networkId} finds network projects of
 * that network and projects with a municipality in it; {@code query} searches the name.
 */
public record ProjectFilter(Long callId, ProjectStatus status, String networkId, String municipalityNis,
                            String trajectoryTypeId, String query) {
}
