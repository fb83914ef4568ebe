package be.vierdepijler.core.trajectory.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The verification code printed on a certificate (attest): {@code VP-XXXX-XXXX-XXXX-XXXX}, 80 random bits in
 * Crockford's base 32 (no I, L, O, U), so that it can be typed from paper and not guessed.
 */
public final class CertificateCode {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORM = Pattern.compile("VP(-[0-9A-HJKMNP-TV-Z]{4}){4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder("VP");
        for (int group = 0; group < 4; group++) {
            code.append('-');
            for (int i = 0; i < 4; i++) {
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }

    /** The code as typed (any case, spaces around), or null when it cannot be one. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        return FORM.matcher(code).matches() ? code : null;
    }
}
