package be.vierdepijler.core.shared;

import java.util.Objects;

/**
 * One reason why one input field was refused.
 *
 * @param field   the name of the field or query parameter as the caller sent it (e.g. {@code page}, {@code endDate})
 * @param code    a stable, machine-readable reason (e.g. {@code not-a-number}, {@code required})
 * @param message a sentence for a person, Dutch first
 */
public record FieldViolation(String field, String code, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
