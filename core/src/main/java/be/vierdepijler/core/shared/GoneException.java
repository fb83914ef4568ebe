package be.vierdepijler.core.shared;

/**
 * The object existed but can no longer be used (a spent or expired confirmation link): 410. A {@code reason} code,
 * when given, is part of the answer (a progress link says {@code expired} or {@code revoked}).
 */
public class GoneException extends RuntimeException {

    private final String reason;

    public GoneException(String message) {
        this(message, null);
    }

    public GoneException(String message, String reason) {
        super(message);
        this.reason = reason;
    }

    /** Why it is gone, as a code; null when the message says enough. */
    public String reason() {
        return reason;
    }
}
