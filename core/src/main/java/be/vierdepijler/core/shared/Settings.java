package be.vierdepijler.core.shared;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * Settings read once at start-up from a system property (which wins) or an environment variable ({@code VP_*}), for
 * the number-valued knobs of the platform. A value out of bounds is refused with a warning in the log, and the
 * default applies.
 */
public final class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    private Settings() {
    }

    /** The whole number set as {@code property} or {@code environment}, when within {@code min}–{@code max}. */
    public static int wholeNumber(String property, String environment, int min, int max, int fallback) {
        String raw = System.getProperty(property);
        if (raw == null) {
            raw = System.getenv(environment);
        }
        OptionalInt parsed = parse(raw, min, max);
        if (parsed.isEmpty() && raw != null && !raw.isBlank()) {
            String configured = raw;
            LOG.warning(() -> environment + "=" + configured + " is not a whole number from " + min + " to " + max
                    + "; the default of " + fallback + " applies.");
        }
        return parsed.orElse(fallback);
    }

    /** The text set as {@code property} or {@code environment}, stripped; empty when unset or blank. */
    public static Optional<String> text(String property, String environment) {
        String raw = System.getProperty(property);
        if (raw == null) {
            raw = System.getenv(environment);
        }
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    /** The whole number in {@code raw}, when it lies within {@code min}–{@code max}. */
    public static OptionalInt parse(String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(raw.strip());
            return value >= min && value <= max ? OptionalInt.of(value) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
