package be.vierdepijler.core.mail.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    private static SmtpSettings read(Map<String, String> values) {
        return SmtpSettings.read(values::get);
    }

    @Test
    void isConfiguredWhenAHostIsSet() {
        SmtpSettings settings = read(Map.of("VP_SMTP_HOST", "smtp.example.org"));
        assertThat(settings.configured()).isTrue();
        assertThat(settings.tls()).contains(TlsMode.NONE);
        assertThat(settings.authenticates()).isFalse();
        assertThat(settings.problem()).isEmpty();
    }

    @Test
    void isNotConfiguredWithoutAHostOrWithABlankOne() {
        assertThat(read(Map.of()).configured()).isFalse();
        assertThat(read(Map.of("VP_SMTP_HOST", "  ")).configured()).isFalse();
        assertThat(read(Map.of()).problem()).hasValueSatisfying(p -> assertThat(p).contains("VP_SMTP_HOST"));
    }

    @Test
    void aWrongTlsModeNeverFallsBackToPlainSmtp() {
        SmtpSettings settings = read(Map.of("VP_SMTP_HOST", "smtp.example.org", "VP_SMTP_TLS", "yes"));
        assertThat(settings.configured()).isFalse();
        assertThat(settings.problem()).hasValueSatisfying(p -> assertThat(p).contains("VP_SMTP_TLS='yes'"));
        assertThat(read(Map.of("VP_SMTP_HOST", "h", "VP_SMTP_TLS", " StartTLS ")).tls()).contains(TlsMode.STARTTLS);
        assertThat(read(Map.of("VP_SMTP_HOST", "h", "VP_SMTP_TLS", "ssl")).tls()).contains(TlsMode.SSL);
    }

    @Test
    void authenticatesOnlyWithAUser() {
        assertThat(read(Map.of("VP_SMTP_HOST", "h", "VP_SMTP_USER", "mailer")).authenticates()).isTrue();
        assertThat(read(Map.of("VP_SMTP_HOST", "h", "VP_SMTP_USER", " ")).authenticates()).isFalse();
    }
}
