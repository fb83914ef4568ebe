package be.vierdepijler.web.api.session;

/** The body of {@code POST /session}. */
public record Credentials(String username, String password) {
}
