package be.vierdepijler.core.mail.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailRetryTest {

    @Test
    void takesAWholeNumberOfSecondsFromOneToAnHour() {
        assertThat(MailRetry.parse("60")).hasValue(60);
        assertThat(MailRetry.parse(" 1 ")).hasValue(1);
        assertThat(MailRetry.parse("3600")).hasValue(3600);
    }

    @Test
    void refusesAnythingElse() {
        assertThat(MailRetry.parse(null)).isEmpty();
        assertThat(MailRetry.parse("")).isEmpty();
        assertThat(MailRetry.parse("0")).isEmpty();
        assertThat(MailRetry.parse("3601")).isEmpty();
        assertThat(MailRetry.parse("1.5")).isEmpty();
        assertThat(MailRetry.parse("een minuut")).isEmpty();
    }
}
