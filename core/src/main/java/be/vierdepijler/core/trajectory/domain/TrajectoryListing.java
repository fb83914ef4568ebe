package be.vierdepijler.core.trajectory.domain;

/** A trajectory with the name of its newcomer, as lists and pages show it. */
public record TrajectoryListing(Trajectory trajectory, String newcomerFirstName, String newcomerLastName) {
}
