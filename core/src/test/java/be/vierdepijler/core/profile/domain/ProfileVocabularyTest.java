package be.vierdepijler.core.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class ProfileVocabularyTest {

    @Test
    void timeSlotsHaveStableCodesBothWays() {
        assertThat(TimeSlot.all()).hasSize(21);
        assertThat(TimeSlot.byCode(" WED-afternoon")).contains(new TimeSlot(DayOfWeek.WEDNESDAY,
                TimeSlot.PartOfDay.AFTERNOON));
        assertThat(new TimeSlot(DayOfWeek.SUNDAY, TimeSlot.PartOfDay.EVENING).code()).isEqualTo("sun-evening");
        assertThat(new TimeSlot(DayOfWeek.MONDAY, TimeSlot.PartOfDay.MORNING).dutchLabel())
                .isEqualTo("maandagvoormiddag");
        assertThat(TimeSlot.byCode("wed-night")).isEmpty();
        assertThat(TimeSlot.codes()).doesNotHaveDuplicates();
    }

    @Test
    void interestsAreReadByCode() {
        assertThat(Interest.byCode("Cooking")).contains(Interest.COOKING);
        assertThat(Interest.byCode("knitting")).isEmpty();
        assertThat(Interest.codes()).doesNotHaveDuplicates();
    }

    @Test
    void languagesAreIsoCodes() {
        assertThat(Languages.normalise(" AR ")).contains("ar");
        assertThat(Languages.normalise("xx")).isEmpty();
        assertThat(Languages.normalise("ara")).isEmpty();
        assertThat(Languages.dutchName("ar")).isEqualToIgnoringCase("Arabisch");
    }
}
