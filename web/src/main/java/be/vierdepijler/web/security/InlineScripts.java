package be.vierdepijler.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CSP sources ({@code 'sha256-...'}) of the inline scripts of an HTML page. */
final class InlineScripts {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private InlineScripts() {
    }

    static String hashes(String html) {
        StringBuilder sources = new StringBuilder();
        Matcher m = INLINE_SCRIPT.matcher(html);
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                sources.append(sources.length() == 0 ? "" : " ").append("'sha256-").append(sha256(m.group(1)))
                        .append('\'');
            }
        }
        return sources.toString();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
