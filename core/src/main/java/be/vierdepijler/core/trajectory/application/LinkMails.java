package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.mail.application.Outbox;
import be.vierdepijler.core.mail.application.QueuedMail;
import be.vierdepijler.core.mail.domain.MailState;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The e-mails that bring a contact person their confirmation link, and the reminder after {@value #REMINDER_DAYS}
 * days, written to the outbox in the transaction that made the link (docs/adr/0012, 0013). The mail holds the link's
 * token, which the outbox clears once the mail is sent; its subject names the offer only, never the newcomer.
 */
@ApplicationScoped
public class LinkMails {

    /** Where the web UI shows a link to its contact person; the QR code and the mails point there. */
    public static final String PAGE_PATH = "/#/confirm/";
    public static final String LINK_KIND = "confirmation-link";
    public static final String REMINDER_KIND = "confirmation-reminder";
    public static final int REMINDER_DAYS = 7;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Europe/Brussels"));

    @Inject
    Outbox outbox;

    @Inject
    TrajectorySettings settings;

    /** What the link's mail is about: whose hours, in which offer, how many days. */
    public record About(String firstName, String offerTitle, int days) {
    }

    /** The outbox's key of a link's mail. */
    public static String reference(long linkId) {
        return LINK_KIND + ":" + linkId;
    }

    /** The address of the link's page, for a person outside. */
    public String address(String token, String requestBase) {
        return settings.publicUrl(requestBase) + PAGE_PATH + token;
    }

    /**
     * Writes the link's mail (or its reminder) to the outbox, in the running transaction. When no SMTP server is
     * configured, nothing is sent and nothing secret is kept: the answer says {@code not-configured}.
     */
    public QueuedMail send(ConfirmationLink link, String token, About about, String requestBase, boolean reminder) {
        String subject = (reminder ? "Herinnering: uren" : "Uren") + " bevestigen voor '" + shorten(about.offerTitle())
                + "'";
        String body = "Beste " + link.contactName() + ",\n\n"
                + (reminder ? "Een week geleden vroegen we je de uren van " + about.firstName() + " te bevestigen. Er"
                        + " staan nog uren open. Hier is een nieuwe link; de vorige werkt niet meer.\n\n"
                        : about.firstName() + " neemt deel aan '" + about.offerTitle() + "'. Klopt het aantal uren?"
                        + " Je kunt ze bevestigen of afwijzen, zonder account, met deze persoonlijke link.\n\n")
                + address(token, requestBase) + "\n\n"
                + "Er " + (about.days() == 1 ? "staat 1 dag" : "staan " + about.days() + " dagen") + " open; je kunt"
                + " per dag beslissen. De link werkt tot " + DAY.format(link.expiresAt()) + ".\n\n"
                + "Deze link is alleen voor jou bedoeld. Kreeg je deze mail per vergissing? Laat het de"
                + " trajectbegeleider weten: die trekt de link in.\n\n"
                + "Met vriendelijke groeten,\nDe trajectbegeleiding — Vierde Pijler\n";
        return outbox.enqueue(reminder ? REMINDER_KIND : LINK_KIND, reference(link.id()), link.emailedTo(), subject,
                body);
    }

    /** Where the mails of these links stand, by link id (links passed on by hand have none). */
    public Map<Long, MailState> statuses(Collection<ConfirmationLink> links) {
        Map<String, Long> byReference = links.stream().filter(l -> l.emailedTo() != null)
                .collect(Collectors.toMap(l -> reference(l.id()), ConfirmationLink::id));
        return outbox.statuses(byReference.keySet()).entrySet().stream()
                .collect(Collectors.toMap(e -> byReference.get(e.getKey()), Map.Entry::getValue));
    }

    private static String shorten(String title) {
        return title.length() <= 150 ? title : title.substring(0, 149) + "…";
    }
}
