package be.vierdepijler.core.worklist.domain;

/**
 * What a worklist is narrowed to, within the caller's scope; every field optional.
 *
 * @param networkId  trajectories of this network
 * @param counsellor trajectories whose counsellor is this user name
 * @param reason     only trajectories with this reason (they keep showing their other reasons too)
 */
public record WorklistFilter(String networkId, String counsellor, WorklistReason reason) {
}
