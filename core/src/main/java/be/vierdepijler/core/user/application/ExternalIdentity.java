package be.vierdepijler.core.user.application;

/**
 * Who the OpenID Connect provider says signed in: its subject (sub, stable per provider), the name and e-mail address
 * it gives, and whether it verified that address (only a verified address may link an account).
 */
public record ExternalIdentity(String subject, String displayName, String email, boolean emailVerified) {
}
