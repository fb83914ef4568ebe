package be.vierdepijler.web.api;

import be.vierdepijler.core.spi.LocalizedText;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The one reading of {@code Accept-Language} in the API, which answers in Dutch or English: the first of the two the
 * caller accepts, in the caller's order of preference, Dutch when it names neither.
 */
public final class Languages {

    private Languages() {
    }

    public static Locale preferred(HttpHeaders headers) {
        return preferred(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The first of Dutch and English in {@code acceptable} (ordered by preference), Dutch when neither is. */
    public static Locale preferred(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if (LocalizedText.ENGLISH.getLanguage().equals(language)) {
                return LocalizedText.ENGLISH;
            }
            if (LocalizedText.DUTCH.getLanguage().equals(language)) {
                return LocalizedText.DUTCH;
            }
        }
        return LocalizedText.DUTCH;
    }
}
