package be.vierdepijler.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.spi.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void dutchWhenTheCallerNamesNoLanguageOrNeitherOfTheTwo() {
        assertThat(Languages.preferred(List.of())).isEqualTo(LocalizedText.DUTCH);
        assertThat(Languages.preferred(List.of(Locale.FRENCH, Locale.GERMAN))).isEqualTo(LocalizedText.DUTCH);
        assertThat(Languages.preferred((jakarta.ws.rs.core.HttpHeaders) null)).isEqualTo(LocalizedText.DUTCH);
    }

    @Test
    void englishWhenTheCallerPrefersItToDutch() {
        assertThat(Languages.preferred(List.of(Locale.FRENCH, Locale.UK, Locale.forLanguageTag("nl-BE"))))
                .isEqualTo(LocalizedText.ENGLISH);
    }

    @Test
    void dutchWhenTheCallerPrefersItEvenIfEnglishComesLater() {
        // The placement resource used to take English whenever it was named at all.
        assertThat(Languages.preferred(List.of(Locale.forLanguageTag("nl-BE"), Locale.ENGLISH)))
                .isEqualTo(LocalizedText.DUTCH);
    }
}
