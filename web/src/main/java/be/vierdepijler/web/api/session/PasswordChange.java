package be.vierdepijler.web.api.session;

/** The body of {@code PUT /session/password}. */
public record PasswordChange(String currentPassword, String newPassword) {
}
