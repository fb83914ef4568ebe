package be.vierdepijler.core.participation.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.newcomer.application.NewcomerService;
import be.vierdepijler.core.participation.domain.ParticipationRequest;
import be.vierdepijler.core.participation.domain.ParticipationRequestRepository;
import be.vierdepijler.core.participation.domain.RequestFilter;
import be.vierdepijler.core.participation.domain.RequestForm;
import be.vierdepijler.core.participation.domain.RequestReference;
import be.vierdepijler.core.participation.domain.RequestScope;
import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.port.OfferPlaces;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.port.PlaceableOffer;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Participation requests: received on the public form (limits per address and overall, counted in the database so
 * that every node of the cluster sees the same; a repeat recognised), and the counsellors' scoped list, one request
 * (its read logged), taking it in with a newcomer and declining it. Who may do what is {@link RequestAccess}.
 */
@ApplicationScoped
@Transactional
public class ParticipationRequests {

    /** The kind of record in the audit log and the reads log. */
    public static final String KIND = "participation-request";
    static final Duration WINDOW = Duration.ofHours(1);
    private static final String REQUEST = "aanvraag";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ParticipationRequestRepository requests;

    @Inject
    PlaceDirectory places;

    @Inject
    OfferPlaces offers;

    @Inject
    NewcomerService newcomers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Counts one attempt on the public form from this client address (kept as a salted hash only), in a transaction
     * of its own, so that refused and invalid attempts count too.
     *
     * @throws TooManyRequestsException when this address, or all addresses together, reached the hour's limit
     * @throws AttemptRaceException     when another attempt of this address took the same place at the same moment
     *                                  (count again)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void countAttempt(String clientAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        // What counts for nothing any more is not kept: no address hash outlives the hour of its limit.
        requests.forgetAttemptsBefore(since);
        String hash = RequestLimits.hash(clientAddress);
        if (requests.attemptsSince(hash, since) >= RequestLimits.perAddress()) {
            Instant oldest = requests.oldestAttemptSince(hash, since).orElse(now);
            long wait = Math.max(1, Duration.between(now, oldest.plus(WINDOW)).getSeconds() + 1);
            throw new TooManyRequestsException("Je stuurde het afgelopen uur te veel aanvragen. Probeer het later"
                    + " opnieuw.", wait);
        }
        if (requests.attemptsSince(since) >= RequestLimits.global()) {
            throw new TooManyRequestsException("Er komen nu te veel aanvragen binnen. Probeer het later opnieuw.",
                    WINDOW.getSeconds() / 4);
        }
        boolean counted;
        try {
            counted = requests.addAttempt(hash, now, RequestLimits.perAddress());
        } catch (PersistenceException e) {
            throw new AttemptRaceException(e);
        }
        if (!counted) {
            // every place of the hour taken by attempts that came in at the same moment as this one
            throw new TooManyRequestsException("Je stuurde het afgelopen uur te veel aanvragen. Probeer het later"
                    + " opnieuw.", WINDOW.getSeconds() / 4);
        }
    }

    /**
     * Receives a request from the public form (nobody signed in). A repeat of an open request (same contact, same
     * offer or both without one) gets that request's reference and stores nothing.
     *
     * @throws InvalidInputException  with every field that is not in order
     * @throws DuplicateRaceException when an equal request was written at the same moment (try once more)
     */
    public RequestReceipt submit(RequestForm form) {
        List<FieldViolation> v = new ArrayList<>(form.violations());
        Optional<MunicipalityPlace> place = form.municipalityNis() == null ? Optional.empty()
                : places.place(form.municipalityNis());
        if (form.municipalityNis() != null && place.isEmpty()) {
            v.add(new FieldViolation("municipalityNis", "unknown-municipality", "Deze gemeente kennen we niet."));
        }
        Long organisationId = null;
        if (form.offerId() != null) {
            Optional<PlaceableOffer> offer = offers.offer(form.offerId()).filter(PlaceableOffer::open);
            if (offer.isEmpty()) {
                v.add(new FieldViolation("offerId", "unknown-offer", "Dit aanbod bestaat niet of loopt niet meer."));
            } else {
                organisationId = offer.get().organisationId();
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Optional<ParticipationRequest> open = requests.openByFingerprint(form.fingerprint());
        if (open.isPresent()) {
            return new RequestReceipt(open.get().reference(), true);
        }
        try {
            ParticipationRequest created = requests.add(new ParticipationRequest(RequestReference.random(RANDOM),
                    form, place.orElseThrow().networkId(), organisationId, clock.instant()));
            return new RequestReceipt(created.reference(), false);
        } catch (PersistenceException e) {
            throw new DuplicateRaceException(e);
        }
    }

    /** @throws ForbiddenException for a role that sees no requests */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ParticipationRequest> find(Caller caller, RequestFilter filter, PageRequest page) {
        RequestScope scope = RequestAccess.scope(caller);
        List<FieldViolation> v = places.filterViolations(filter.networkId(), filter.municipalityNis());
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return requests.find(scope, filter, page);
    }

    /** How many open requests the caller sees (for the worklist's header). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOpen(Caller caller) {
        return requests.countOpen(RequestAccess.scope(caller));
    }

    /** Opens one request, and logs that the caller read it. */
    public ParticipationRequest open(Caller caller, long id) {
        ParticipationRequest request = get(caller, id);
        audit.recordRead(caller, KIND, String.valueOf(id));
        return request;
    }

    /**
     * @throws ForbiddenException for a role that sees no requests
     * @throws NotFoundException  when the request does not exist or lies outside what the caller sees
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ParticipationRequest get(Caller caller, long id) {
        RequestScope scope = RequestAccess.scope(caller);
        return requests.byId(id).filter(scope::covers)
                .orElseThrow(() -> new NotFoundException(REQUEST, String.valueOf(id)));
    }

    /**
     * Takes the request in: links it to a newcomer the caller may see (new, made from the request, or existing).
     *
     * @throws InvalidInputException           when the newcomer does not exist or lies outside the caller's scope
     * @throws be.vierdepijler.core.shared.ConflictException {@code already-handled} when it was handled before
     */
    public ParticipationRequest link(Caller caller, long id, long expectedVersion, Long newcomerId) {
        ParticipationRequest request = handleable(caller, id, expectedVersion);
        if (newcomerId == null) {
            throw new InvalidInputException("newcomerId", "required", "Kies de nieuwkomer.");
        }
        try {
            newcomers.inScope(caller, newcomerId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("newcomerId", "unknown-newcomer", "Deze nieuwkomer bestaat niet of valt"
                    + " buiten je bereik.");
        }
        request.takeIn(newcomerId, caller.username(), clock.instant());
        return flushed(request);
    }

    /**
     * Declines the request (not followed up), with a reason.
     *
     * @throws InvalidInputException when the reason is missing or too long
     * @throws be.vierdepijler.core.shared.ConflictException {@code already-handled} when it was handled before
     */
    public ParticipationRequest decline(Caller caller, long id, long expectedVersion, String reason) {
        ParticipationRequest request = handleable(caller, id, expectedVersion);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "required", "Geef een reden.");
        }
        if (why.length() > ParticipationRequest.MAX_REASON) {
            throw new InvalidInputException("reason", "too-long", "De reden is te lang (hoogstens "
                    + ParticipationRequest.MAX_REASON + " tekens).");
        }
        request.decline(why, caller.username(), clock.instant());
        return flushed(request);
    }

    private ParticipationRequest handleable(Caller caller, long id, long expectedVersion) {
        ParticipationRequest request = get(caller, id);
        if (!RequestAccess.handles(caller, request.networkId())) {
            throw new ForbiddenException("Alleen de coördinatoren en trajectbegeleiders van het netwerk behandelen"
                    + " een aanvraag.");
        }
        if (request.version() != expectedVersion) {
            throw new ConcurrentModificationException(REQUEST, String.valueOf(id), request.version());
        }
        return request;
    }

    private ParticipationRequest flushed(ParticipationRequest request) {
        try {
            requests.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException(REQUEST, String.valueOf(request.id()), request.version());
        }
        return request;
    }
}
