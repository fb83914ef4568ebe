package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.mail.application.QueuedMail;
import be.vierdepijler.core.mail.domain.MailState;
import be.vierdepijler.core.mail.domain.MailStatus;
import be.vierdepijler.core.mail.domain.OutboxMail;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.port.OfferPlaces;
import be.vierdepijler.core.port.PlaceableOffer;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.ConfirmationLinkRepository;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The confirmation links of a placement: issues the personal, expiring link by which the contact person of its offer
 * confirms the hours (e-mailed through the outbox when asked), lists them for the counsellor and takes one back. Only
 * those who may change the trajectory manage its links.
 */
@ApplicationScoped
public class PlacementLinks {

    @Inject
    TrajectoryService trajectoryService;

    @Inject
    TrajectoryRepository trajectories;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    OfferPlaces offers;

    @Inject
    ConfirmationLinkRepository links;

    @Inject
    Retry retry;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    LinkMails linkMails;

    /** A new confirmation link and what it covers; {@code mail} when it was e-mailed (null when not). */
    public record IssuedLink(long id, String token, Instant expiresAt, String contactName, int entries,
                             MailOutcome mail) {
    }

    /** Where the link's mail went and how it stands: {@code queued}, or {@code not-configured} (pass it on by hand). */
    public record MailOutcome(String recipient, MailStatus status) {
    }

    /**
     * How the link reaches its contact person: by e-mail ({@code email} true) to {@code address}, or to the offer's
     * contact e-mail when that is null; {@code requestBase} is the address the request came in on, for the link in the
     * mail (VP_PUBLIC_URL wins).
     */
    public record Delivery(boolean email, String address, String requestBase) {

        public static final Delivery BY_HAND = new Delivery(false, null, null);
    }

    /**
     * Makes a personal, expiring link for the contact person of the placement's offer, covering the hours pending now;
     * e-mailed to them through the outbox, in the same transaction, when the delivery says so.
     */
    public IssuedLink issueLink(Caller caller, long trajectoryId, long placementId, String contactName,
                                Delivery delivery) {
        return retry.onConflict(() -> {
            Trajectory trajectory = trajectoryService.forChange(caller, trajectoryId, null);
            Placement placement = trajectory.placement(placementId);
            if (placement.offerId() == null || !types.get(placement.typeId()).hourPolicy().contactPersonConfirms()) {
                throw new ConflictException("counsellor-confirms", "Bij " + types.get(placement.typeId()).label()
                        .nl() + " bevestigt de trajectbegeleider de uren, niet een contactpersoon.");
            }
            Instant now = clock.instant();
            int pending = trajectories.pendingEntries(placementId, now).size();
            if (pending == 0) {
                throw new ConflictException("nothing-to-confirm", "Er staan geen uren te bevestigen op deze"
                        + " plaatsing.");
            }
            Optional<PlaceableOffer> offer = offers.offer(placement.offerId());
            String name = contactName != null && !contactName.isBlank() ? contactName.strip()
                    : offer.map(PlaceableOffer::contactName).orElse(null);
            List<FieldViolation> problems = new ArrayList<>();
            if (name == null || name.isBlank()) {
                problems.add(new FieldViolation("contactName", "required", "Het aanbod noemt geen contactpersoon:"
                        + " geef de naam van wie de uren bevestigt."));
            } else if (name.length() > 200) {
                problems.add(new FieldViolation("contactName", "too-long", "Hoogstens 200 tekens."));
            }
            String address = null;
            if (delivery.email()) {
                address = delivery.address() != null && !delivery.address().isBlank() ? delivery.address().strip()
                        : offer.map(PlaceableOffer::contactEmail).orElse(null);
                if (address == null || address.isBlank()) {
                    problems.add(new FieldViolation("email", "required", "Het aanbod heeft geen e-mailadres van de"
                            + " contactpersoon: geef het adres waarnaar de link moet."));
                } else if (!OutboxMail.isAddress(address)) {
                    problems.add(new FieldViolation("email", "not-an-address", "'" + address + "' is geen"
                            + " e-mailadres."));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            ConfirmationLink.Issued issued = ConfirmationLink.issue(trajectoryId, placementId, name,
                    caller.username(), now);
            MailOutcome mail = null;
            if (address != null) {
                issued.link().mailTo(address);
            }
            links.add(issued.link());
            if (address != null) {
                String firstName = newcomers.byId(trajectory.newcomerId()).orElseThrow().firstName();
                QueuedMail queued = linkMails.send(issued.link(), issued.token(), new LinkMails.About(firstName,
                        placement.title(), pending), delivery.requestBase(), false);
                mail = new MailOutcome(address, queued.status());
            }
            return new IssuedLink(issued.link().id(), issued.token(), issued.link().expiresAt(), name, pending, mail);
        });
    }

    /**
     * A link of a placement as its counsellor sees it: where it stands, how many of its entries are open, and where
     * its mail stands (null when it was passed on by hand).
     */
    public record LinkStatus(ConfirmationLink link, ConfirmationLink.State state, int remaining, MailState mail) {
    }

    /** The confirmation links of a placement, newest first, for those who may manage the trajectory. */
    @Transactional
    public List<LinkStatus> links(Caller caller, long trajectoryId, long placementId) {
        Trajectory trajectory = trajectoryService.forChange(caller, trajectoryId, null);
        trajectory.placement(placementId);
        Instant now = clock.instant();
        List<Instant> pending = trajectories.pendingEntries(placementId, now).stream().map(HourEntry::reportedAt)
                .toList();
        List<ConfirmationLink> all = links.ofPlacement(placementId);
        Map<Long, MailState> mails = linkMails.statuses(all);
        return all.stream().map(l -> status(l, pending, now, mails.get(l.id()))).toList();
    }

    /**
     * Takes an open link back (sent to the wrong person, say): it is closed for good, kept with who revoked it and
     * when. Revoking a link that is no longer open changes nothing and says where it stands.
     */
    @Transactional
    public LinkStatus revoke(Caller caller, long trajectoryId, long placementId, long linkId) {
        Trajectory trajectory = trajectoryService.forChange(caller, trajectoryId, null);
        trajectory.placement(placementId);
        ConfirmationLink link = links.byId(linkId).filter(l -> l.placementId() == placementId
                && l.trajectoryId() == trajectoryId).orElseThrow(() -> new NotFoundException("bevestigingslink",
                String.valueOf(linkId)));
        Instant now = clock.instant();
        if (link.stateAt(now) == ConfirmationLink.State.OPEN) {
            link.close(ConfirmationLink.Closure.REVOKED, caller.username(), now);
            em.flush();
        }
        List<Instant> pending = trajectories.pendingEntries(placementId, now).stream().map(HourEntry::reportedAt)
                .toList();
        return status(link, pending, now, linkMails.statuses(List.of(link)).get(link.id()));
    }

    private static LinkStatus status(ConfirmationLink link, List<Instant> pendingReportedAt, Instant now,
                                     MailState mail) {
        ConfirmationLink.State state = link.stateAt(now);
        int remaining = state != ConfirmationLink.State.OPEN ? 0 : (int) pendingReportedAt.stream()
                .filter(at -> !at.isAfter(link.createdAt())).count();
        return new LinkStatus(link, state, remaining, mail);
    }
}
