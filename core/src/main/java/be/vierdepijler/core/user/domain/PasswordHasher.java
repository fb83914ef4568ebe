package be.vierdepijler.core.user.domain;

/**
 * A slow, salted password hash. The implementation is the platform's (Jakarta Security's PBKDF2, in web); core only
 * asks for it, so that the rules here stay testable without a container.
 */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String hash);
}
