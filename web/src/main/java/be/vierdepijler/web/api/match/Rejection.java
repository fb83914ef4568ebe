package be.vierdepijler.web.api.match;

/**
 * The optional body of a rejection.
 *
 * @param reason why the coordinator rejects the pair (at most 500 characters)
 */
public record Rejection(String reason) {
}
