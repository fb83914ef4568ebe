package be.vierdepijler.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HourPolicyTest {

    private static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    @Test
    void aFullDayCountsUpToTwentyFourHoursInQuarters() {
        HourPolicy policy = HourPolicy.fullDay(true);
        assertThat(policy.checkDay(h("24"))).isEmpty();
        assertThat(policy.checkDay(h("0.25"))).isEmpty();
        assertThat(policy.checkDay(h("24.25"))).extracting(LocalizedViolation::code)
                .containsExactly("above-daily-cap");
        assertThat(policy.checkDay(h("1.1"))).extracting(LocalizedViolation::code).containsExactly("not-a-step");
        assertThat(policy.checkDay(h("-1"))).extracting(LocalizedViolation::code).containsExactly("not-positive");
        assertThat(policy.checkDay(null)).extracting(LocalizedViolation::code).containsExactly("required");
        assertThat(policy.contactPersonConfirms()).isTrue();
    }

    @Test
    void aCappedDayNamesItsCapInTheMessage() {
        HourPolicy policy = HourPolicy.cappedAt(8, false);
        assertThat(policy.checkDay(h("8.00"))).isEmpty();
        assertThat(policy.checkDay(h("8.5"))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(HourPolicy.HOURS_FIELD);
            assertThat(v.message().nl()).isEqualTo("Eén dag telt hier hoogstens 8 uur, niet 8.5.");
            assertThat(v.message().en()).contains("at most 8 hours");
        });
    }

    @Test
    void noPolicyMayCountMoreThanADay() {
        assertThatThrownBy(() -> HourPolicy.cappedAt(25, true)).hasMessageContaining("at most 24");
        assertThatThrownBy(() -> HourPolicy.cappedAt(0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HourPolicy(h("8"), h("2"), true)).hasMessageContaining("steps");
        assertThatThrownBy(() -> new HourPolicy(h("7.9"), h("0.25"), true)).hasMessageContaining("multiple");
    }
}
