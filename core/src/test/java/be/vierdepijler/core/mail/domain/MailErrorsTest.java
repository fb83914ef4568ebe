package be.vierdepijler.core.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class MailErrorsTest {

    @Test
    void saysTheErrorAndItsRootCauseOnOneShortLine() {
        Exception failure = new IllegalStateException("Couldn't connect to host, port: 127.0.0.1, 2625; timeout -1",
                new ConnectException("Connection refused"));
        assertThat(MailErrors.describe(failure)).isEqualTo("IllegalStateException: Couldn't connect to host, port:"
                + " 127.0.0.1, 2625; timeout -1 — ConnectException: Connection refused");
    }

    @Test
    void masksEveryAddressAndKeepsOnlyTheFirstLine() {
        Exception failure = new IllegalStateException("550 5.1.1 <els.contact@example.org>: Recipient address"
                + " rejected (also bob@example.be)\n\tat some.Stack.trace(Line.java:1)");
        String described = MailErrors.describe(failure);
        assertThat(described).doesNotContain("els.contact", "example.org", "bob@", "Stack")
                .isEqualTo("IllegalStateException: 550 5.1.1 <<adres>>: Recipient address rejected (also <adres>)");
    }

    @Test
    void staysShort() {
        String described = MailErrors.describe(new RuntimeException("x".repeat(5_000)));
        assertThat(described).hasSize(MailErrors.MAX_LENGTH).endsWith("…");
    }

    @Test
    void namesTheErrorWhenItHasNoMessage() {
        assertThat(MailErrors.describe(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
