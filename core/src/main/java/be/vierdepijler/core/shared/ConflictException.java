package be.vierdepijler.core.shared;

import java.util.Objects;

/**
 * The request is well formed, but the state of the object does not allow it now (an offer with no free place, a
 * stopped trajectory, an hour entry already confirmed): 409 with a stable code and a reason for a person.
 */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Stable and machine-readable, e.g. {@code no-free-place}. */
    public String code() {
        return code;
    }
}
