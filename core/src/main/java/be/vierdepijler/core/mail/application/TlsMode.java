package be.vierdepijler.core.mail.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the connection to the SMTP server is protected ({@code VP_SMTP_TLS}). */
public enum TlsMode {

    /** Plain SMTP (a relay on the same host or network, or a test server). */
    NONE("none"),
    /** Plain connection upgraded with STARTTLS, which the server must offer (usually port 587). */
    STARTTLS("starttls"),
    /** TLS from the first byte ("SMTPS", usually port 465). */
    SSL("ssl");

    private final String code;

    TlsMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The mode named by {@code raw}; {@link #NONE} when blank; empty when it names none. */
    public static Optional<TlsMode> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(NONE);
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(value)).findFirst();
    }
}
