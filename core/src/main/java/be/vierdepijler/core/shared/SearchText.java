package be.vierdepijler.core.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name for searching as a coordinator types it: case and accents do not matter ({@code "Zelzate"},
 * {@code "zelzate"}; {@code "Kruisem"}, {@code "Lo-Reninge"}; {@code "Liège"} matches {@code "liege"}).
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
