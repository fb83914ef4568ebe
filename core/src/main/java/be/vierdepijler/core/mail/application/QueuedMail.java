package be.vierdepijler.core.mail.application;

import be.vierdepijler.core.mail.domain.MailStatus;

/**
 * What {@link Outbox#enqueue} wrote: the outbox id and the status, {@link MailStatus#QUEUED} (it goes out after the
 * caller's transaction commits) or {@link MailStatus#NOT_CONFIGURED} (there is no SMTP server: tell the user to pass
 * the message on by hand).
 */
public record QueuedMail(long id, MailStatus status) {

    /** Whether the mail is on its way (false: SMTP is not configured and nothing will be sent). */
    public boolean willBeSent() {
        return status == MailStatus.QUEUED;
    }
}
