package be.vierdepijler.web.security;

import be.vierdepijler.core.shared.FieldViolation;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whether a request target, as the client sent it (not decoded), is a URI at all: only the characters RFC 3986
 * allows, every {@code %} followed by two hex digits, the escapes decoding to UTF-8 without NUL. The listener passes
 * every target on undecoded (configure.cli), so this is the one place that refuses a broken one.
 */
public final class RequestTargets {

    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "-._~!$&'()*+,;=:@/?%";

    private RequestTargets() {
    }

    /** The first reason the path ({@code field} "path") or the query ("query") is no URI; empty when both are. */
    public static Optional<FieldViolation> problem(String rawPath, String rawQuery) {
        return check("path", rawPath).or(() -> check("query", rawQuery));
    }

    static Optional<FieldViolation> check(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (ALLOWED.indexOf(c) < 0) {
                return Optional.of(new FieldViolation(field, "illegal-character", "Het adres bevat een teken dat in"
                        + " een URL geëscapet moet worden (bv. { of een spatie)."));
            }
            if (c == '%') {
                int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return Optional.of(new FieldViolation(field, "bad-escape", "Na een % in het adres horen twee"
                            + " hexadecimale cijfers (bv. %20)."));
                }
                int b = high * 16 + low;
                if (b == 0) {
                    return Optional.of(new FieldViolation(field, "nul-character", "Het adres mag geen NUL-teken"
                            + " (%00) bevatten."));
                }
                decoded.write(b);
                i += 2;
            } else {
                decoded.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded.toByteArray()));
        } catch (CharacterCodingException e) {
            return Optional.of(new FieldViolation(field, "bad-escape", "De %-escapes in het adres zijn geen geldige"
                    + " UTF-8."));
        }
        return Optional.empty();
    }
}
