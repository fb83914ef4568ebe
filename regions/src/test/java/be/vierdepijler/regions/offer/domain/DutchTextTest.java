package be.vierdepijler.regions.offer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Dutch analysis as a coordinator's search needs it: stems, folded accents and case, stop words, prefixes. */
class DutchTextTest {

    private static String stem(String word) {
        return DutchText.query(word).words().get(0).stem();
    }

    /** Whether an offer with this text is found by this query, as the repository matches (exists per word). */
    private static boolean finds(String query, String text) {
        Set<String> terms = DutchText.indexTerms(text);
        List<DutchText.Word> words = DutchText.query(query).words();
        for (int i = 0; i < words.size(); i++) {
            DutchText.Word w = words.get(i);
            boolean last = i == words.size() - 1;
            if (!terms.contains(w.stem()) && !(last && terms.stream().anyMatch(t -> t.startsWith(w.folded())))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void inflectedFormsShareTheirStem() {
        assertThat(stem("fietsen")).isEqualTo(stem("fiets")).isEqualTo("fiets");
        assertThat(stem("wandeling")).isEqualTo(stem("wandelen")).isEqualTo(stem("wandelingen")).isEqualTo("wandel");
        assertThat(stem("ontmoeting")).isEqualTo(stem("ontmoeten"));
        assertThat(stem("kinderen")).isEqualTo(stem("kind"));
        assertThat(stem("vrijwilligers")).isEqualTo(stem("vrijwilliger"));
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(stem("Café")).isEqualTo(stem("cafe")).isEqualTo(stem("CAFE"));
        assertThat(DutchText.indexTerms("Taalcafé in België")).contains("taalcafe", "belgie");
        assertThat(finds("cafe", "Gezellig café voor nieuwkomers")).isTrue();
        assertThat(finds("CAFÉ", "gezellig cafe")).isTrue();
    }

    @Test
    void findsAnOfferByAnyFormOfItsWords() {
        String text = "Wandelingen in de Westhoek met een fietstocht op zondag";
        assertThat(finds("wandeling", text)).isTrue();
        assertThat(finds("wandelen westhoek", text)).isTrue();
        assertThat(finds("fietsen wandelen", "Samen fietsen en wandelen")).isTrue();
        assertThat(finds("fiets", "Samen fietsen")).isTrue();
    }

    @Test
    void everyWordMustMatch() {
        assertThat(finds("wandelen zwemmen", "Wandelingen in de Westhoek")).isFalse();
        assertThat(finds("koken westhoek", "Koken in de Westhoek")).isTrue();
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() {
        String text = "Wandelingen in de Westhoek";
        assertThat(finds("westhoek wandeli", text)).isTrue();
        assertThat(finds("westh", text)).isTrue();
        assertThat(finds("wandeli westhoek", text)).as("only the last word is a prefix").isFalse();
        assertThat(finds("cafe", "Wij openen onze cafetaria")).isTrue();
    }

    @Test
    void stopWordsAreNeitherIndexedNorSearched() {
        assertThat(DutchText.indexTerms("de fiets van het kind")).doesNotContain("de", "van", "het");
        assertThat(DutchText.query("de van het").isEmpty()).isTrue();
        assertThat(DutchText.query("  ").isEmpty()).isTrue();
        assertThat(DutchText.query(null).isEmpty()).isTrue();
        assertThat(finds("wandeling in de", "Wandelingen in de Westhoek")).isTrue();
    }

    @Test
    void aWordBecomesItsFoldedFormAndItsStem() {
        assertThat(DutchText.indexTerms("Wandelingen")).containsExactlyInAnyOrder("wandelingen", "wandel");
        assertThat(DutchText.query("Wandelingen Café").words()).containsExactly(
                new DutchText.Word("wandel", "wandelingen"), new DutchText.Word("caf", "cafe"));
        assertThat(DutchText.indexTerms("x".repeat(100))).allMatch(t -> t.length() <= DutchText.MAX_TERM_LENGTH);
    }
}
