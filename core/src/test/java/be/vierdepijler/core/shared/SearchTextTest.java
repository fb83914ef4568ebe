package be.vierdepijler.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsCaseAndAccents() {
        assertThat(SearchText.fold("  Liège ")).isEqualTo("liege");
        assertThat(SearchText.fold("Sint-Jans-Molenbeek")).isEqualTo("sint-jans-molenbeek");
        assertThat(SearchText.fold("Ruisbroek ÉÈÊ")).isEqualTo("ruisbroek eee");
    }

    @Test
    void nullFoldsToEmpty() {
        assertThat(SearchText.fold(null)).isEmpty();
    }
}
