package be.vierdepijler.core.privacy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    @Test
    void takesAWholeNumberOfMonthsFromOneToAHundredYears() {
        assertThat(RetentionPolicy.parse("36")).hasValue(36);
        assertThat(RetentionPolicy.parse(" 1 ")).hasValue(1);
        assertThat(RetentionPolicy.parse("1200")).hasValue(1200);
    }

    @Test
    void refusesWhatIsNotAPeriod() {
        assertThat(RetentionPolicy.parse(null)).isEmpty();
        assertThat(RetentionPolicy.parse("")).isEmpty();
        assertThat(RetentionPolicy.parse("0")).isEmpty();
        assertThat(RetentionPolicy.parse("-3")).isEmpty();
        assertThat(RetentionPolicy.parse("1201")).isEmpty();
        assertThat(RetentionPolicy.parse("2 jaar")).isEmpty();
    }

    @Test
    void theDefaultAppliesWithoutConfigurationAndTheCutoffLiesThatManyMonthsBack() {
        RetentionPolicy policy = new RetentionPolicy();
        System.clearProperty(RetentionPolicy.PROPERTY);
        policy.read();
        int expected = RetentionPolicy.parse(System.getenv(RetentionPolicy.ENVIRONMENT))
                .orElse(RetentionPolicy.DEFAULT_MONTHS);
        assertThat(policy.months()).isEqualTo(expected);
        System.setProperty(RetentionPolicy.PROPERTY, "6");
        try {
            policy.read();
            assertThat(policy.months()).isEqualTo(6);
            assertThat(policy.cutoff(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        } finally {
            System.clearProperty(RetentionPolicy.PROPERTY);
        }
    }
}
