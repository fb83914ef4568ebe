package be.vierdepijler.web.api.participation;

/** Why a request is not followed up. */
public record DeclineInput(String reason) {
}
