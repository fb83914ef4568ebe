package be.vierdepijler.core.mail.application;

import be.vierdepijler.core.mail.domain.ClaimedMail;

/** Hands one mail to the SMTP server (port; the implementation uses the mail subsystem's session). */
public interface MailTransport {

    /**
     * Sends the mail now, outside any transaction.
     *
     * @throws MailDeliveryException when the server could not be reached or refused it
     */
    void send(ClaimedMail mail) throws MailDeliveryException;
}
