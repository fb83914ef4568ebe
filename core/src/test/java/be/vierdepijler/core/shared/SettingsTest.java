package be.vierdepijler.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final String PROPERTY = "vp.settings.test.value";
    private static final String ENVIRONMENT = "VP_SETTINGS_TEST_VALUE_NEVER_SET";

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void aWholeNumberWithinItsBoundsIsTakenAnythingElseGivesTheDefault() {
        assertThat(Settings.wholeNumber(PROPERTY, ENVIRONMENT, 1, 52, 3)).isEqualTo(3);
        System.setProperty(PROPERTY, " 7 ");
        assertThat(Settings.wholeNumber(PROPERTY, ENVIRONMENT, 1, 52, 3)).isEqualTo(7);
        for (String wrong : new String[] {"0", "53", "-1", "3.5", "drie", "", " "}) {
            System.setProperty(PROPERTY, wrong);
            assertThat(Settings.wholeNumber(PROPERTY, ENVIRONMENT, 1, 52, 3)).as(wrong).isEqualTo(3);
        }
        assertThat(Settings.parse("52", 1, 52)).hasValue(52);
        assertThat(Settings.parse(null, 1, 52)).isEmpty();
    }

    @Test
    void aTextIsStrippedAndBlankMeansUnset() {
        assertThat(Settings.text(PROPERTY, ENVIRONMENT)).isEmpty();
        System.setProperty(PROPERTY, "  ");
        assertThat(Settings.text(PROPERTY, ENVIRONMENT)).isEmpty();
        System.setProperty(PROPERTY, " https://vierdepijler.example ");
        assertThat(Settings.text(PROPERTY, ENVIRONMENT)).hasValue("https://vierdepijler.example");
    }
}
