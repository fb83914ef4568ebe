package be.vierdepijler.core.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What any text or date a client sends must be, whatever field it is for and however it comes in (a JSON body, a row
 * of an import): text without NUL (U+0000) and without unpaired UTF-16 surrogates, which no column should hold, and
 * dates between {@link #MIN_YEAR} and {@link #MAX_YEAR}; each domain's own rules come on top.
 */
public final class InputSanity {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    private InputSanity() {
    }

    public static Optional<FieldViolation> textViolation(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of(new FieldViolation(field, "nul-character",
                        "Tekst mag geen NUL-teken (U+0000) bevatten."));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new FieldViolation(field, "unpaired-surrogate",
                        "Tekst bevat een ongeldig teken (een losse UTF-16-surrogaat)."));
            }
        }
        return Optional.empty();
    }

    public static boolean yearInRange(long year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public static Optional<FieldViolation> dateViolation(String field, LocalDate date) {
        return date == null || yearInRange(date.getYear()) ? Optional.empty()
                : Optional.of(outOfRange(field, date.toString()));
    }

    public static FieldViolation outOfRange(String field, String given) {
        return new FieldViolation(field, "date-out-of-range", "Geef een datum tussen " + MIN_YEAR + " en " + MAX_YEAR
                + ", niet '" + given + "'.");
    }
}
