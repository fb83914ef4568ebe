package be.vierdepijler.core.mail.infrastructure.smtp;

import be.vierdepijler.core.mail.application.SmtpSettings;
import be.vierdepijler.core.mail.application.TlsMode;
import java.util.Properties;

/**
 * The Jakarta Mail properties a mail is sent with: those of the mail subsystem's session (host, port, sender,
 * user), adapted to {@link SmtpSettings}: the TLS mode, no authentication when no user is set (the subsystem cannot
 * leave its user empty, so the script gives it a stand-in), and time-outs, which Jakarta Mail otherwise lacks (a
 * silent server would hold a dispatcher thread for ever).
 */
public final class SmtpSessions {

    static final String CONNECT_TIMEOUT_MS = "10000";
    static final String READ_WRITE_TIMEOUT_MS = "30000";

    private SmtpSessions() {
    }

    public static Properties properties(Properties subsystem, SmtpSettings settings) {
        Properties p = new Properties();
        p.putAll(subsystem);
        p.setProperty("mail.transport.protocol", "smtp");
        TlsMode tls = settings.tls().orElseThrow(() -> new IllegalStateException("no TLS mode: not configured"));
        p.remove("mail.smtp.ssl.enable");
        p.remove("mail.smtp.starttls.enable");
        p.remove("mail.smtp.starttls.required");
        switch (tls) {
            case SSL -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // plain SMTP
            }
        }
        if (!settings.authenticates()) {
            p.remove("mail.smtp.auth");
            p.remove("mail.smtp.user");
        }
        String from = p.getProperty("mail.from");
        if (from != null && from.isBlank()) {
            p.remove("mail.from");
        }
        p.setProperty("mail.smtp.connectiontimeout", CONNECT_TIMEOUT_MS);
        p.setProperty("mail.smtp.timeout", READ_WRITE_TIMEOUT_MS);
        p.setProperty("mail.smtp.writetimeout", READ_WRITE_TIMEOUT_MS);
        return p;
    }
}
