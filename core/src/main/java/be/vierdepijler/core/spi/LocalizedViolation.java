package be.vierdepijler.core.spi;

import be.vierdepijler.core.shared.FieldViolation;
import java.util.Locale;
import java.util.Objects;

/**
 * A field-level problem as the SPI reports it, with its message in both languages; turned into a
 * {@link FieldViolation} in the caller's language at the edge.
 *
 * @param field   the attribute name ({@code endDate}), or {@code name[i]} for one item of a list
 * @param code    stable and machine-readable ({@code required}, {@code end-before-start})
 * @param message for a person
 */
public record LocalizedViolation(String field, String code, LocalizedText message) {

    public LocalizedViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static LocalizedViolation of(String field, String code, String nl, String en) {
        return new LocalizedViolation(field, code, LocalizedText.of(nl, en));
    }

    public FieldViolation in(Locale locale) {
        return new FieldViolation(field, code, message.in(locale));
    }
}
