package be.vierdepijler.web.api.trajectory;

/**
 * A new progress link for the trajectory's newcomer: the {@code language} of their page (nl, en, fr, ar, uk, tr, fa)
 * and, to e-mail it to them, an {@code email} address (left out: the counsellor hands it over).
 */
public record ProgressLinkInput(String language, String email) {
}
