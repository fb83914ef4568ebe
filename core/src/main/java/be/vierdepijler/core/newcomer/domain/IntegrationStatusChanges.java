package be.vierdepijler.core.newcomer.domain;

/**
 * Where the figures learn that a newcomer's integration status changed: their trajectories count under the other
 * status from then on (docs/adr/0018-figures-kept-as-roll-ups.md). Implemented by the trajectories' roll-ups.
 */
public interface IntegrationStatusChanges {

    void changed(long newcomerId, IntegrationStatus from, IntegrationStatus to);
}
