package be.vierdepijler.core.matching.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.matching.domain.Availability;
import be.vierdepijler.core.matching.domain.Interests;
import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    @Test
    void readsLanguagesInLowerCaseOnce() {
        assertThat(Profiles.languages(null)).isEmpty();
        assertThat(Profiles.languages("")).isEmpty();
        assertThat(Profiles.languages("AR")).containsExactly("ar");
        assertThat(Profiles.languages("ar,fr")).containsExactlyInAnyOrder("ar", "fr");
        assertThat(Profiles.languages("ar,ar")).containsExactly("ar");
        assertThat(Profiles.languages("ar, fr,uk,fr")).containsExactlyInAnyOrder("ar", "fr", "uk");
    }

    @Test
    void readsInterestsAndSlotsAsTheirBitsAndSkipsUnknownCodes() {
        assertThat(Profiles.interests("cooking,music,knitting")).isEqualTo(
                Interests.of(List.of(Interest.COOKING, Interest.MUSIC)));
        assertThat(Profiles.interests(null)).isEqualTo(Interests.NONE);
        assertThat(Profiles.slots("wed-afternoon,sun-evening,,noon")).isEqualTo(Availability.of(List.of(
                TimeSlot.byCode("wed-afternoon").orElseThrow(), TimeSlot.byCode("sun-evening").orElseThrow())));
        assertThat(Profiles.slots("")).isEqualTo(Availability.NONE);
    }
}
