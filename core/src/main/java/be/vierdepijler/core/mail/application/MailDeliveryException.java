package be.vierdepijler.core.mail.application;

/**
 * A mail could not be handed to the SMTP server. {@link #permanent()} when trying again cannot help (the address was
 * refused as unknown or malformed); otherwise the outbox tries again with back-off.
 */
public class MailDeliveryException extends Exception {

    private final boolean permanent;

    public MailDeliveryException(Throwable cause, boolean permanent) {
        super(cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
