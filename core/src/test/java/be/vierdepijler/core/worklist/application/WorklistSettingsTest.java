package be.vierdepijler.core.worklist.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** VP_WORKLIST_IDLE_WEEKS: a whole number of weeks from 1 to 52, else the default of 3 (with a warning). */
class WorklistSettingsTest {

    @AfterEach
    void forget() {
        System.clearProperty(WorklistSettings.PROPERTY);
    }

    @Test
    void readsWholeWeeksFromOneToFiftyTwo() {
        assertThat(WorklistSettings.parse("1")).hasValue(1);
        assertThat(WorklistSettings.parse(" 4 ")).hasValue(4);
        assertThat(WorklistSettings.parse("52")).hasValue(52);
    }

    @Test
    void refusesWhatIsNotAWholeNumberOfWeeksInRange() {
        assertThat(WorklistSettings.parse(null)).isEmpty();
        assertThat(WorklistSettings.parse("")).isEmpty();
        assertThat(WorklistSettings.parse("0")).isEmpty();
        assertThat(WorklistSettings.parse("-3")).isEmpty();
        assertThat(WorklistSettings.parse("53")).isEmpty();
        assertThat(WorklistSettings.parse("2.5")).isEmpty();
        assertThat(WorklistSettings.parse("drie")).isEmpty();
    }

    @Test
    void theSystemPropertyWinsAndABadValueFallsBackToThreeWeeks() {
        WorklistSettings settings = new WorklistSettings();
        System.setProperty(WorklistSettings.PROPERTY, "5");
        settings.read();
        assertThat(settings.idleWeeks()).isEqualTo(5);
        System.setProperty(WorklistSettings.PROPERTY, "nul");
        settings.read();
        assertThat(settings.idleWeeks()).isEqualTo(WorklistSettings.DEFAULT_WEEKS).isEqualTo(3);
    }
}
