package be.vierdepijler.core.shared;

import java.util.List;

/**
 * The languages the public pages speak (the offer finder, the request form, a newcomer's progress page), as ISO 639-1
 * codes in the order the language menu shows them. One list for every module: a progress link, a participation
 * request and an offer's short descriptions accept exactly these, and the public app's language menu offers exactly
 * these (PublicBundlesTest in web checks it), so a language is added everywhere or nowhere.
 */
public final class PublicLanguages {

    /** The codes, Dutch first. */
    public static final List<String> CODES = List.of("nl", "en", "fr", "ar", "uk", "tr", "fa");

    private PublicLanguages() {
    }

    /** Whether the public pages speak this language (exact lower-case code; null is not one). */
    public static boolean contains(String code) {
        return code != null && CODES.contains(code);
    }

    /** The codes as a message lists them: {@code "nl, en, fr, ar, uk, tr, fa"}. */
    public static String listed() {
        return String.join(", ", CODES);
    }
}
