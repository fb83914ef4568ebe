package be.vierdepijler.core.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:15:30Z");

    @Test
    void aQueuedMailKeepsItsBodyAndIsDueAtOnce() {
        OutboxMail mail = OutboxMail.queued("confirmation-link", "confirmation-link:42", " els@example.org ",
                "Uren bevestigen", "Open https://example.org/#/confirm/SECRET", NOW);
        assertThat(mail.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(mail.hasBody()).isTrue();
        assertThat(mail.recipient()).isEqualTo("els@example.org");
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW);
        assertThat(mail.createdAt()).isEqualTo(NOW);
        assertThat(mail.attempts()).isZero();
    }

    @Test
    void withoutSmtpNothingOfTheBodyIsKeptAndNothingIsDue() {
        OutboxMail mail = OutboxMail.notConfigured("confirmation-link", "confirmation-link:42", "els@example.org",
                "Uren bevestigen", "Open https://example.org/#/confirm/SECRET", NOW);
        assertThat(mail.status()).isEqualTo(MailStatus.NOT_CONFIGURED);
        assertThat(mail.status().isFinal()).isTrue();
        assertThat(mail.hasBody()).isFalse();
        assertThat(mail.nextAttemptAt()).isNull();
    }

    @Test
    void refusesEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> OutboxMail.queued("Confirmation Link", " ", "els@", "Twee\nregels", " ", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("kind", "reference", "recipient", "subject", "body"));
        assertThatThrownBy(() -> OutboxMail.notConfigured(null, null, null, null, null, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OutboxMail.queued("k", "r", "a@example.org", "s", "b".repeat(20_001), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("body"));
    }

    @Test
    void acceptsOnlyOnePlainAddress() {
        assertThat(OutboxMail.isAddress("els.contact+vp@vzw-praatgroep.be")).isTrue();
        assertThat(OutboxMail.isAddress("els@example.org, bob@example.org")).isFalse();
        assertThat(OutboxMail.isAddress("Els <els@example.org>")).isFalse();
        assertThat(OutboxMail.isAddress("els@localhost")).isFalse();
        assertThat(OutboxMail.isAddress("els")).isFalse();
        assertThat(OutboxMail.isAddress("els@@example.org")).isFalse();
        assertThat(OutboxMail.isAddress("undisclosed:;")).isFalse();
        assertThat(OutboxMail.isAddress(null)).isFalse();
        assertThat(OutboxMail.isAddress("e".repeat(250) + "@example.org")).isFalse();
    }

    @Test
    void keepsTimesAsUtcWallClock() {
        assertThat(OutboxMail.utc(NOW)).hasToString("2026-12-03T10:15:30");
        assertThat(OutboxMail.instant(OutboxMail.utc(NOW))).isEqualTo(NOW);
    }
}
