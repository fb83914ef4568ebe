package be.vierdepijler.core.spi;

import java.util.Locale;
import java.util.Optional;

/**
 * A level of Dutch on the CEFR scale (ERK in Flanders), from {@code A0} (no Dutch yet) to {@code C2}. The order of the
 * constants is the order of the scale, so that "at least A2" is a comparison.
 */
public enum DutchLevel {
    A0, A1, A2, B1, B2, C1, C2;

    public boolean isAtLeast(DutchLevel other) {
        return compareTo(other) >= 0;
    }

    /** Reads {@code "a2"}, {@code " B1 "} and the like; anything else is empty. */
    public static Optional<DutchLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (DutchLevel level : values()) {
            if (level.name().equals(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
