package be.vierdepijler.web.api.trajectory;

/**
 * The body of {@code POST /trajectories} (with {@code newcomerId}, and {@code activate: true} to start it at once) and
 * {@code PUT /trajectories/{id}} (without): target hours (default 40; another target needs {@code targetReason}),
 * deadline, counsellor's user name. Numbers and dates may come as JSON numbers or strings.
 */
public record TrajectoryInput(Object newcomerId, Object targetHours, String targetReason, String deadline,
                              String counsellor, Object activate) {
}
