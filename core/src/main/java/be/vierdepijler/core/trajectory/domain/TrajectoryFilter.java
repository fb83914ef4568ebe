package be.vierdepijler.core.trajectory.domain;

/**
 * What a list of trajectories is narrowed to; every field optional.
 *
 * @param networkId       the newcomer lives in this network
 * @param municipalityNis the newcomer lives in this municipality
 * @param status          the trajectory's status
 * @param counsellor      the user name of its counsellor
 * @param newcomerId      of this newcomer
 * @param query           part of the newcomer's name, case and accents ignored
 */
public record TrajectoryFilter(String networkId, String municipalityNis, TrajectoryStatus status, String counsellor,
                               Long newcomerId, String query) {
}
