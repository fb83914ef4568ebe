package be.vierdepijler.web.api.trajectory;

/** The body of {@code POST /trajectories/{id}/transitions}: {@code to} active, stopped or exempted; a reason. */
public record TransitionInput(String to, String reason) {
}
