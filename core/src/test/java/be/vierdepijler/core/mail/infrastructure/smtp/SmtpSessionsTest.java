package be.vierdepijler.core.mail.infrastructure.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.mail.application.SmtpSettings;
import be.vierdepijler.core.mail.application.TlsMode;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The properties of WildFly's session (as its mail subsystem sets them) adapted to the settings. */
class SmtpSessionsTest {

    /** What the subsystem makes of configure.cli's session: a user (the stand-in when none is set), host, port. */
    private static Properties subsystem() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", "smtp.example.org");
        p.setProperty("mail.smtp.port", "587");
        p.setProperty("mail.smtp.auth", "true");
        p.setProperty("mail.smtp.user", "none");
        p.setProperty("mail.from", "vierdepijler@example.org");
        return p;
    }

    private static SmtpSettings settings(TlsMode tls, boolean user) {
        return new SmtpSettings("smtp.example.org", user, Optional.of(tls), tls.code());
    }

    @Test
    void keepsTheServerAndTheSenderOfTheSubsystem() {
        Properties p = SmtpSessions.properties(subsystem(), settings(TlsMode.NONE, true));
        assertThat(p.getProperty("mail.smtp.host")).isEqualTo("smtp.example.org");
        assertThat(p.getProperty("mail.smtp.port")).isEqualTo("587");
        assertThat(p.getProperty("mail.from")).isEqualTo("vierdepijler@example.org");
        assertThat(p.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.user")).isEqualTo("none");
    }

    @Test
    void doesNotAuthenticateWithoutAUser() {
        Properties p = SmtpSessions.properties(subsystem(), settings(TlsMode.NONE, false));
        assertThat(p).doesNotContainKeys("mail.smtp.auth", "mail.smtp.user");
    }

    @Test
    void startTlsIsRequiredNotJustTried() {
        Properties p = SmtpSessions.properties(subsystem(), settings(TlsMode.STARTTLS, false));
        assertThat(p.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(p).doesNotContainKey("mail.smtp.ssl.enable");
    }

    @Test
    void sslSpeaksTlsFromTheStart() {
        Properties p = SmtpSessions.properties(subsystem(), settings(TlsMode.SSL, false));
        assertThat(p.getProperty("mail.smtp.ssl.enable")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(p).doesNotContainKey("mail.smtp.starttls.enable");
    }

    @Test
    void noneSwitchesOffWhatTheSubsystemMayHaveSet() {
        Properties subsystem = subsystem();
        subsystem.setProperty("mail.smtp.starttls.enable", "true");
        Properties p = SmtpSessions.properties(subsystem, settings(TlsMode.NONE, false));
        assertThat(p).doesNotContainKeys("mail.smtp.starttls.enable", "mail.smtp.ssl.enable");
    }

    @Test
    void neverWaitsForeverAndLeavesTheSubsystemsPropertiesAlone() {
        Properties subsystem = subsystem();
        Properties p = SmtpSessions.properties(subsystem, settings(TlsMode.NONE, false));
        assertThat(p.getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
        assertThat(p.getProperty("mail.smtp.timeout")).isEqualTo("30000");
        assertThat(p.getProperty("mail.smtp.writetimeout")).isEqualTo("30000");
        assertThat(subsystem).containsKey("mail.smtp.auth").doesNotContainKey("mail.smtp.timeout");
    }
}
