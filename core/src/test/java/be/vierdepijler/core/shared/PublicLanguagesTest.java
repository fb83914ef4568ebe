package be.vierdepijler.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicLanguagesTest {

    @Test
    void theSevenCodesDutchFirst() {
        assertThat(PublicLanguages.CODES).containsExactly("nl", "en", "fr", "ar", "uk", "tr", "fa");
        assertThat(PublicLanguages.listed()).isEqualTo("nl, en, fr, ar, uk, tr, fa");
    }

    @Test
    void onlyTheExactCodesAreSpoken() {
        assertThat(PublicLanguages.contains("fa")).isTrue();
        assertThat(PublicLanguages.contains("FA")).isFalse();
        assertThat(PublicLanguages.contains("de")).isFalse();
        assertThat(PublicLanguages.contains("")).isFalse();
        assertThat(PublicLanguages.contains(null)).isFalse();
    }
}
