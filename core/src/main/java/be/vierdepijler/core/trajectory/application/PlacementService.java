package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.mail.application.QueuedMail;
import be.vierdepijler.core.mail.domain.MailState;
import be.vierdepijler.core.mail.domain.MailStatus;
import be.vierdepijler.core.mail.domain.OutboxMail;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.placement.BuddyPlaces;
import be.vierdepijler.core.placement.BuddyWithdrew;
import be.vierdepijler.core.placement.OfferPlaces;
import be.vierdepijler.core.placement.PlaceableBuddy;
import be.vierdepijler.core.placement.PlaceableOffer;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.spi.DatePeriod;
import be.vierdepijler.core.spi.DatedPlacements;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldKind;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.PlacementValidator;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.ConfirmationLinkRepository;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.PlacementDraft;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import be.vierdepijler.core.user.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Places newcomers in offers of the catalogue or with buddies, taking the place through the ports
 * ({@link OfferPlaces#takePlace}, {@link BuddyPlaces#takeDuo}) in the same transaction, so that an offer is never
 * over-booked; gives places back when a placement ends. Issues the confirmation links of contact persons.
 *
 * <p>References in a type's schema are reconciled with the placement, for every type alike (no type is named here):
 * a {@code BUDDY} reference field is the placement's buddy, an {@code ORGANISATION} field the organisation of its
 * offer, an {@code OFFER} field its offer. An absent reference is filled in; a different one is refused. A type
 * placed with a buddy ({@link PlacedWith#BUDDY}) names the buddy; every other type an offer of that type.
 */
@ApplicationScoped
public class PlacementService {

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
    BuddyPlaces buddies;

    @Inject
    ConfirmationLinkRepository links;

    @Inject
    Retry retry;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Event<PlacementStopped> placementStopped;

    @Inject
    TrajectorySettings settings;

    @Inject
    LinkMails linkMails;

    /** A placement as a client asks for it; {@code attributes} as JSON gave them. */
    public record NewPlacement(String typeId, Long offerId, Long buddyId, LocalDate startDate, LocalDate endDate,
                               Map<String, Object> attributes, Locale locale) {
    }

    /**
     * Places the newcomer of the trajectory, in a transaction of its own that runs again from fresh state after a
     * concurrent change of the trajectory.
     */
    public Placement place(Caller caller, long trajectoryId, NewPlacement in) {
        return retry.onConflict(() -> placeWithin(caller, trajectoryId, in));
    }

    /**
     * Places the newcomer of the trajectory within the transaction that is running, so that a caller who records
     * more in the same unit of work (an approved match) writes all of it or nothing. The caller retries; the rules,
     * the scope check and the taking of the place are those of {@link #place}.
     *
     * @throws InvalidInputException with every field that is wrong
     * @throws ConflictException     when the trajectory is not active, the offer closed, or no place is left
     */
    public Placement placeWithin(Caller caller, long trajectoryId, NewPlacement in) {
        Trajectory trajectory = trajectoryService.forChange(caller, trajectoryId, null);
        List<FieldViolation> problems = new ArrayList<>();
        TrajectoryType type = in.typeId() == null ? null : types.find(in.typeId()).orElse(null);
        if (type == null) {
            problems.add(new FieldViolation("typeId", in.typeId() == null ? "required" : "unknown-type",
                    "Geef een trajecttype: " + String.join(", ", types.all().stream().map(TrajectoryType::id)
                            .toList()) + "."));
            throw new InvalidInputException(problems);
        }
        boolean withBuddy = type.placedWith() == PlacedWith.BUDDY;
        if (withBuddy && in.buddyId() == null) {
            problems.add(new FieldViolation("buddyId", "required", type.label().nl()
                    + " is een plaatsing met een buddy: geef de buddy."));
        }
        if (withBuddy && in.offerId() != null) {
            problems.add(new FieldViolation("offerId", "not-allowed", type.label().nl()
                    + " loopt niet in een aanbod maar met een buddy."));
        }
        if (!withBuddy && in.offerId() == null) {
            problems.add(new FieldViolation("offerId", "required", type.label().nl()
                    + " is een plaatsing in een aanbod: geef het aanbod."));
        }
        if (!withBuddy && in.buddyId() != null) {
            problems.add(new FieldViolation("buddyId", "not-allowed", type.label().nl()
                    + " loopt in een aanbod, niet met een buddy."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Newcomer newcomer = newcomers.byId(trajectory.newcomerId()).orElseThrow();
        Map<String, Object> attributes = new LinkedHashMap<>(in.attributes() == null ? Map.of()
                : in.attributes());
        DutchLevel needed = type.suitability().minimumDutchLevel();
        String title;
        Long organisationId = null;
        LocalDate offerActiveFrom = null;
        if (withBuddy) {
            PlaceableBuddy buddy = buddies.buddy(in.buddyId()).orElseThrow(() -> new InvalidInputException(
                    "buddyId", "unknown-buddy", "Er bestaat geen buddy " + in.buddyId() + "."));
            reconcile(type, ReferenceTarget.BUDDY, buddy.id(), attributes, problems);
            title = "Buddy " + buddy.displayName();
        } else {
            PlaceableOffer offer = offers.offer(in.offerId()).orElseThrow(() -> new InvalidInputException(
                    "offerId", "unknown-offer", "Er bestaat geen aanbod " + in.offerId() + "."));
            if (!type.id().equals(offer.trajectoryTypeId())) {
                problems.add(new FieldViolation("offerId", "type-mismatch", "Dit aanbod is van het type '"
                        + offer.trajectoryTypeId() + "', niet '" + type.id() + "'."));
            }
            if (!offer.open()) {
                throw new ConflictException("offer-closed", "Het aanbod '" + offer.title() + "' neemt nu geen"
                        + " inburgeraars op.");
            }
            reconcile(type, ReferenceTarget.ORGANISATION, offer.organisationId(), attributes, problems);
            reconcile(type, ReferenceTarget.OFFER, offer.id(), attributes, problems);
            if (offer.requiredLevel() != null && offer.requiredLevel().isAtLeast(needed)) {
                needed = offer.requiredLevel();
            }
            title = offer.title();
            organisationId = offer.organisationId();
            offerActiveFrom = offer.activeFrom();
        }
        if (needed != DutchLevel.A0 && (newcomer.dutchLevel() == null
                || !newcomer.dutchLevel().isAtLeast(needed))) {
            problems.add(new FieldViolation(withBuddy ? "buddyId" : "offerId", "dutch-level-too-low",
                    "Hiervoor is minstens Nederlands " + needed + " nodig; de inburgeraar heeft "
                            + (newcomer.dutchLevel() == null ? "nog geen gekend niveau" : newcomer.dutchLevel())
                            + "."));
        }
        PlacementValidator.Result validated = PlacementValidator.check(type, attributes);
        validated.violations(in.locale()).forEach(v -> problems.add(new FieldViolation("attributes."
                + v.field(), v.code(), v.message())));
        LocalDate start = in.startDate();
        LocalDate end = in.endDate();
        Optional<DatePeriod> period = validated.valid() ? type.capability(DatedPlacements.class)
                .flatMap(d -> d.period(validated.attributes())) : Optional.empty();
        if (period.isPresent()) {
            if (start != null && !start.equals(period.get().start())) {
                problems.add(new FieldViolation("startDate", "differs-from-period", "De plaatsing loopt van "
                        + period.get().start() + " tot " + period.get().end() + " volgens haar velden."));
            }
            start = period.get().start();
            end = period.get().end();
        } else if (start == null) {
            start = LocalDate.now(clock);
        }
        problems.addAll(settings.backdating().checkPlacementStart(start, trajectory.openedOn(), offerActiveFrom,
                newcomer.integrationContractDate()));
        if (end != null && end.isBefore(start)) {
            problems.add(new FieldViolation("endDate", "end-before-start", "De einddatum valt voor de"
                    + " begindatum " + start + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean taken = withBuddy ? buddies.takeDuo(in.buddyId()) : offers.takePlace(in.offerId());
        if (!taken) {
            throw withBuddy
                    ? new ConflictException("buddy-unavailable", "Deze buddy kan geen duo meer aan.")
                    : new ConflictException("no-free-place", "Dit aanbod heeft geen vrije plaats meer.");
        }
        Placement placement = trajectory.place(new PlacementDraft(type.id(),
                type.reportingCategory(validated.attributes()).id(), withBuddy ? null : in.offerId(),
                withBuddy ? in.buddyId() : null, organisationId, title, start, end,
                AttributesJson.write(validated.attributes().asMap())), clock.instant(), caller.username());
        em.flush();
        return placement;
    }

    /** Ends (or cancels, when no hours count for it) a running placement, and gives its place back. */
    public Placement end(Caller caller, long trajectoryId, long placementId, LocalDate day, boolean cancel) {
        return retry.onConflict(() -> {
            Trajectory trajectory = trajectoryService.forChange(caller, trajectoryId, null);
            Placement placement = trajectory.endPlacement(placementId, day == null ? LocalDate.now(clock) : day,
                    cancel);
            release(placement.offerId(), placement.buddyId());
            em.flush();
            placementStopped.fire(new PlacementStopped(trajectory.id(), trajectory.newcomerId(), placement.id(),
                    placement.offerId(), placement.buddyId(), trajectory.status().isOpen()));
            return placement;
        });
    }

    /**
     * The buddy stopped: every duo they still ran ends today, in the transaction that stopped them, and its duo is
     * given back. The stop was authorised as a change of the buddy, so no trajectory scope is asked here.
     */
    void onBuddyWithdrew(@Observes BuddyWithdrew withdrew) {
        LocalDate today = LocalDate.now(clock);
        for (long trajectoryId : trajectories.withRunningDuo(withdrew.buddyId())) {
            Trajectory trajectory = trajectories.forChange(trajectoryId).orElseThrow();
            List<Placement> running = trajectory.placements().stream()
                    .filter(p -> p.isRunning() && Long.valueOf(withdrew.buddyId()).equals(p.buddyId())).toList();
            for (Placement placement : running) {
                trajectory.endPlacement(placement.id(), today, false);
                release(null, placement.buddyId());
                placementStopped.fire(new PlacementStopped(trajectory.id(), trajectory.newcomerId(), placement.id(),
                        null, placement.buddyId(), trajectory.status().isOpen()));
            }
        }
        em.flush();
    }

    void onEnded(@Observes PlacementsEnded ended) {
        ended.places().forEach(p -> release(p.offerId(), p.buddyId()));
    }

    private void release(Long offerId, Long buddyId) {
        if (offerId != null) {
            offers.releasePlace(offerId);
        }
        if (buddyId != null) {
            buddies.releaseDuo(buddyId);
        }
    }

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

    private static java.util.stream.Stream<FieldDefinition> references(TrajectoryType type, ReferenceTarget target) {
        return type.schema().fields().stream().filter(f -> f.kind() == FieldKind.REFERENCE && f.refersTo() == target);
    }

    private static void reconcile(TrajectoryType type, ReferenceTarget target, long id, Map<String, Object> attributes,
                                  List<FieldViolation> problems) {
        references(type, target).forEach(field -> {
            Object given = attributes.get(field.name());
            String expected = String.valueOf(id);
            if (given == null || given instanceof String s && s.isBlank()) {
                attributes.put(field.name(), expected);
            } else if (!expected.equals(given instanceof java.math.BigDecimal d ? d.stripTrailingZeros()
                    .toPlainString() : String.valueOf(given).strip())) {
                problems.add(new FieldViolation("attributes." + field.name(), "reference-mismatch", "'"
                        + field.label().nl() + "' moet " + expected + " zijn, die van de plaatsing zelf."));
            }
        });
    }
}
