package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.ConfirmationLinkRepository;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reminder for hours still pending: a link e-mailed {@value LinkMails#REMINDER_DAYS} days ago or more, still open,
 * whose placement still has pending hours, is replaced by a new link for the same contact person, covering everything
 * pending now, e-mailed to the same address ("Herinnering"); the old link closes as replaced. One reminder per mailed
 * link (a reminder is not reminded again). Each link is claimed by one conditional update in a transaction of its
 * own, so nodes that run the job together send each reminder once, and a failure leaves the others unharmed.
 */
@ApplicationScoped
public class ConfirmationReminders {

    private static final Logger LOG = Logger.getLogger(ConfirmationReminders.class.getName());
    private static final int BATCH = 500;

    @Inject
    ConfirmationLinkRepository links;

    @Inject
    TrajectoryRepository trajectories;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    LinkMails linkMails;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    /**
     * Sends the reminders that are due now, for an administrator (it also runs every hour on every node).
     *
     * @throws ForbiddenException for anyone else
     */
    public int runFor(Caller caller) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("Alleen beheerders starten de herinneringen.");
        }
        return run();
    }

    /** Sends the reminders that are due; answers how many were sent (or written, when SMTP is not configured). */
    public int run() {
        Instant now = clock.instant();
        int sent = 0;
        for (long id : transactions.inNewTransaction(() -> links.dueForReminder(
                now.minus(Duration.ofDays(LinkMails.REMINDER_DAYS)), now, BATCH))) {
            try {
                if (transactions.inNewTransaction(() -> remind(id, now))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The reminder for confirmation link " + id + " failed; it is tried again at"
                        + " the next run", e);
            }
        }
        return sent;
    }

    private boolean remind(long linkId, Instant now) {
        if (!links.claimReminder(linkId, now)) {
            return false; // another node took it
        }
        ConfirmationLink link = links.byId(linkId).orElseThrow();
        Trajectory trajectory = trajectories.byId(link.trajectoryId()).orElseThrow();
        if (trajectory.status() != TrajectoryStatus.ACTIVE) {
            return false; // closing the trajectory closes its links; this one was claimed meanwhile
        }
        int pending = trajectories.pendingEntries(link.placementId(), now).size();
        ConfirmationLink.Issued issued = link.remind("herinnering", now);
        links.add(issued.link());
        Placement placement = trajectory.placement(link.placementId());
        String firstName = newcomers.byId(trajectory.newcomerId()).orElseThrow().firstName();
        linkMails.send(issued.link(), issued.token(), new LinkMails.About(firstName, placement.title(), pending),
                null, true);
        return true;
    }
}
