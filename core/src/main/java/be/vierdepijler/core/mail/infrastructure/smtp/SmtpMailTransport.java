package be.vierdepijler.core.mail.infrastructure.smtp;

import be.vierdepijler.core.mail.application.MailDeliveryException;
import be.vierdepijler.core.mail.application.MailTransport;
import be.vierdepijler.core.mail.application.SmtpSettings;
import be.vierdepijler.core.mail.domain.ClaimedMail;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends through WildFly's mail subsystem: the session {@value SmtpSettings#JNDI_NAME} (configured from
 * {@code VP_SMTP_*} by ear/src/main/wildfly/cli/configure.cli), adapted by {@link SmtpSessions}. The password is
 * never read here: authentication asks the subsystem's session. A plain-text UTF-8 message, marked as sent by a
 * machine ({@code Auto-Submitted}) so that autoresponders stay quiet.
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

    @Resource(lookup = SmtpSettings.JNDI_NAME)
    Session subsystem;

    @Override
    public void send(ClaimedMail mail) throws MailDeliveryException {
        SmtpSettings settings = SmtpSettings.current();
        Session session = Session.getInstance(SmtpSessions.properties(subsystem.getProperties(), settings),
                settings.authenticates() ? new AsTheSubsystem(subsystem) : null);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(message);
        } catch (AddressException e) {
            throw new MailDeliveryException(e, true);
        } catch (SendFailedException e) {
            // Addresses the server refused for good (5xx) are "invalid"; a temporary refusal leaves them unsent.
            Address[] invalid = e.getInvalidAddresses();
            throw new MailDeliveryException(e, invalid != null && invalid.length > 0);
        } catch (MessagingException e) {
            throw new MailDeliveryException(e, false);
        }
    }

    /** Answers the server's request for credentials with those of the subsystem's session. */
    private static final class AsTheSubsystem extends Authenticator {

        private final Session subsystem;

        AsTheSubsystem(Session subsystem) {
            this.subsystem = subsystem;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            return subsystem.requestPasswordAuthentication(getRequestingSite(), getRequestingPort(),
                    getRequestingProtocol(), getRequestingPrompt(), getDefaultUserName());
        }
    }
}
