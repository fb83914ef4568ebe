package be.vierdepijler.core.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the platform's two languages: Dutch, which the UI speaks first, and English, for whoever asks for it.
 *
 * @param nl the Dutch text, never blank
 * @param en the English text, never blank
 */
public record LocalizedText(String nl, String en) {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
        if (nl.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both a Dutch and an English version: '" + nl + "' / '"
                    + en + "'");
        }
    }

    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, en);
    }

    /** English when the locale asks for English, Dutch for every other locale (and for null). */
    public String in(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : nl;
    }
}
