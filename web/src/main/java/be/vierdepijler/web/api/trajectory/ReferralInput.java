package be.vierdepijler.web.api.trajectory;

/** The body of {@code POST /trajectories/{id}/referral}: the new municipality, why, and a note for the next counsellor. */
public record ReferralInput(String municipalityNis, String motivation, String handoverNote) {
}
