package be.vierdepijler.web.api.trajectory;

/** The body of {@code POST /trajectories/{id}/hours}: the placement, the day, the hours (quarter hours), a note. */
public record HourInput(Object placementId, String date, Object hours, String note) {
}
