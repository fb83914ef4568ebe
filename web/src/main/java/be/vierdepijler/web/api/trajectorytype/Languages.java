package be.vierdepijler.web.api.trajectorytype;

import be.vierdepijler.core.spi.LocalizedText;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The API answers in Dutch or English: the first of the two the caller accepts, Dutch when it names neither. */
public final class Languages {

    private Languages() {
    }

    public static Locale preferred(HttpHeaders headers) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
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
