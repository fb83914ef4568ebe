package be.vierdepijler.core.shared;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of a link that works without an account (a trajectory's confirmation and progress links), and of the
 * one-time sign-in ticket of the identity provider and its browser binding: 32 random bytes
 * (256 bits) from a {@link SecureRandom}, written URL-safe in Base64 without padding (43 characters). Only its
 * SHA-256 is stored, so a copy of the database opens no link; the token itself is shown once, when the link is made,
 * and looked up by its hash.
 */
public final class LinkToken {

    /** The length of a token: 32 bytes in Base64 without padding. */
    public static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkToken() {
    }

    /** A new, unguessable token. */
    public static String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token: its SHA-256, as 64 hexadecimal digits. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
