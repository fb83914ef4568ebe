package be.vierdepijler.core.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void doublesTheWaitFromTheBaseAfterEachFailedAttempt() {
        RetryPolicy policy = RetryPolicy.withBase(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        RetryPolicy policy = RetryPolicy.withBase(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofHours(1)); // 64 minutes, capped
        assertThat(policy.delayAfter(40)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aBaseAboveTheCapRaisesTheCap() {
        RetryPolicy policy = new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), 3);
        assertThat(policy.cap()).isEqualTo(Duration.ofHours(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void triesAgainUntilTheLastAttemptThenGivesUp() {
        RetryPolicy policy = RetryPolicy.withBase(Duration.ofSeconds(1));
        assertThat(policy.maxAttempts()).isEqualTo(8);
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(1));
        assertThat(policy.nextAttempt(7, NOW)).contains(NOW.plusSeconds(64));
        assertThat(policy.nextAttempt(8, NOW)).isEmpty();
        assertThat(policy.nextAttempt(9, NOW)).isEmpty();
    }

    @Test
    void theDefaultScheduleGivesAMailAboutTwoHours() {
        RetryPolicy policy = RetryPolicy.withBase(Duration.ofSeconds(60));
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < policy.maxAttempts(); attempt++) {
            total = total.plus(policy.delayAfter(attempt));
        }
        assertThat(total).isEqualTo(Duration.ofMinutes(1 + 2 + 4 + 8 + 16 + 32 + 60));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> RetryPolicy.withBase(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.withBase(Duration.ofSeconds(1)).delayAfter(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
