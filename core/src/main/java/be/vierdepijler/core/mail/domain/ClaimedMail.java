package be.vierdepijler.core.mail.domain;

/**
 * A mail this node claimed and now sends: everything needed to build the message. Its {@code attempts} already count
 * this attempt; the outcome is written back only where the row still has that count (see {@link MailOutbox}).
 */
public record ClaimedMail(long id, String kind, String recipient, String subject, String body, int attempts) {

    @Override
    public String toString() {
        // Never the recipient or the body: this may end up in a log line.
        return "mail " + id + " (" + kind + ", attempt " + attempts + ")";
    }
}
