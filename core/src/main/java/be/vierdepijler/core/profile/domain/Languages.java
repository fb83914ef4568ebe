package be.vierdepijler.core.profile.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Spoken languages as ISO 639-1 codes ({@code nl}, {@code ar}, {@code uk}, {@code ti} …), the codes Java knows.
 */
public final class Languages {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    /** The normalised code, or empty when it is no ISO 639-1 code. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return wanted.length() == 2 && ISO_CODES.contains(wanted) ? Optional.of(wanted) : Optional.empty();
    }

    /** The language's name in Dutch, e.g. "Arabisch" for {@code ar}. */
    public static String dutchName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag("nl"));
    }
}
