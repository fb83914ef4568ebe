package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.PublicLanguages;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's optional short descriptions of an offer in the {@link PublicLanguages} of the public finder (the
 * offer's own title and description stay as written, in Dutch). One column per language: a fixed, short list, read
 * with the offer itself (no extra query per offer in a list) and audited with it.
 */
@Embeddable
public class OfferSummaries {

    public static final int MAX_LENGTH = 300;

    @Column(name = "summary_nl", length = MAX_LENGTH)
    private String nl;

    @Column(name = "summary_en", length = MAX_LENGTH)
    private String en;

    @Column(name = "summary_fr", length = MAX_LENGTH)
    private String fr;

    @Column(name = "summary_ar", length = MAX_LENGTH)
    private String ar;

    @Column(name = "summary_uk", length = MAX_LENGTH)
    private String uk;

    @Column(name = "summary_tr", length = MAX_LENGTH)
    private String tr;

    @Column(name = "summary_fa", length = MAX_LENGTH)
    private String fa;

    protected OfferSummaries() {
        // for JPA
    }

    /** @param texts per language code; blank texts are left out. Check {@link #violations} first. */
    public static OfferSummaries of(Map<String, String> texts) {
        OfferSummaries s = new OfferSummaries();
        s.nl = text(texts, "nl");
        s.en = text(texts, "en");
        s.fr = text(texts, "fr");
        s.ar = text(texts, "ar");
        s.uk = text(texts, "uk");
        s.tr = text(texts, "tr");
        s.fa = text(texts, "fa");
        return s;
    }

    private static String text(Map<String, String> texts, String language) {
        String t = texts.get(language);
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** Unknown languages and texts that are too long, each named {@code summaries.<code>}. */
    public static List<FieldViolation> violations(Map<String, String> texts) {
        List<FieldViolation> v = new ArrayList<>();
        if (texts == null) {
            return v;
        }
        texts.forEach((language, text) -> {
            if (!PublicLanguages.contains(language)) {
                v.add(new FieldViolation("summaries." + language, "unknown-language",
                        "Een korte beschrijving kan in deze talen: " + PublicLanguages.listed() + "."));
            } else if (text != null && text.strip().length() > MAX_LENGTH) {
                v.add(new FieldViolation("summaries." + language, "too-long",
                        "Hoogstens " + MAX_LENGTH + " tekens."));
            }
        });
        return v;
    }

    /** The texts per language code, in the order of {@link PublicLanguages#CODES}; only the languages that have one. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        String[] texts = {nl, en, fr, ar, uk, tr, fa};
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                m.put(PublicLanguages.CODES.get(i), texts[i]);
            }
        }
        return m;
    }

    /** The text in this language, or null. */
    public String in(String language) {
        return asMap().get(language);
    }

    public boolean isEmpty() {
        return asMap().isEmpty();
    }
}
