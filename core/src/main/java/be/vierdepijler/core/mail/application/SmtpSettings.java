package be.vierdepijler.core.mail.application;

import java.util.Optional;
import java.util.function.Function;

/**
 * What the application itself reads of the SMTP configuration, each from its system property or else its environment
 * variable (as WildFly's mail subsystem does: ear/src/main/wildfly/cli/configure.cli). The mail session
 * {@value #JNDI_NAME} carries the server (host, port), the sender and the credentials; these settings say whether there
 * is a server at all, whether to authenticate, and how to protect the connection, which the subsystem's attributes
 * cannot say from one variable ({@code VP_SMTP_TLS=none|starttls|ssl}) nor leave empty.
 *
 * @param host          {@code vp.smtp.host} / {@code VP_SMTP_HOST}; blank or absent: SMTP is not configured
 * @param authenticates whether {@code vp.smtp.user} / {@code VP_SMTP_USER} is set (the password stays in the subsystem)
 * @param tls           {@code vp.smtp.tls} / {@code VP_SMTP_TLS}, absent when its value names no mode
 * @param rawTls        the value as given, for the warning about a wrong one
 */
public record SmtpSettings(String host, boolean authenticates, Optional<TlsMode> tls, String rawTls) {

    /** The mail session of the mail subsystem. */
    public static final String JNDI_NAME = "java:jboss/mail/vierdepijler";

    /** The settings in force now. */
    public static SmtpSettings current() {
        return read(SmtpSettings::systemOrEnvironment);
    }

    /** The settings from a source of named values ({@code VP_SMTP_HOST} → value or null), for tests. */
    static SmtpSettings read(Function<String, String> source) {
        String host = source.apply("VP_SMTP_HOST");
        String user = source.apply("VP_SMTP_USER");
        String tls = source.apply("VP_SMTP_TLS");
        return new SmtpSettings(host == null ? "" : host.strip(), user != null && !user.isBlank(),
                TlsMode.parse(tls), tls);
    }

    /** {@code VP_SMTP_HOST} → the system property {@code vp.smtp.host} if set, else the environment variable. */
    private static String systemOrEnvironment(String variable) {
        String property = variable.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }

    /**
     * Whether mails can be sent: a host is set and the TLS mode is one we know (a wrong one never falls back to an
     * unprotected connection).
     */
    public boolean configured() {
        return !host.isBlank() && tls.isPresent();
    }

    /** Why SMTP is not configured, in a sentence for the log; empty when it is. */
    public Optional<String> problem() {
        if (host.isBlank()) {
            return Optional.of("VP_SMTP_HOST is not set: no mail is sent; each is recorded as not-configured.");
        }
        if (tls.isEmpty()) {
            return Optional.of("VP_SMTP_TLS='" + rawTls + "' is none of none, starttls, ssl: no mail is sent until"
                    + " it is corrected; each is recorded as not-configured.");
        }
        return Optional.empty();
    }
}
