package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.port.BuddyPlaces;
import be.vierdepijler.core.port.OfferPlaces;
import be.vierdepijler.core.port.PlaceableBuddy;
import be.vierdepijler.core.port.PlaceableOffer;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.spi.DatePeriod;
import be.vierdepijler.core.spi.DatedPlacements;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.PlacementValidator;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.PlacementDraft;
import be.vierdepijler.core.trajectory.domain.PlacementRules;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
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
 * over-booked. The rules are {@link PlacementRules}; this service gathers what they judge (the type, the offer or
 * buddy, the newcomer), keeps the transaction and the caller's scope, and writes the placement. Ending a placement is
 * {@link PlacementEnding}'s, its confirmation links {@link PlacementLinks}'.
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
    NewcomerRepository newcomers;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    OfferPlaces offers;

    @Inject
    BuddyPlaces buddies;

    @Inject
    Retry retry;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    TrajectorySettings settings;

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
        TrajectoryType type = typeOf(in.typeId());
        PlacedWith placedWith = type.placedWith();
        refuseIfAny(PlacementRules.placedAsTheTypeSays(placedWith, type.label().nl(), in.offerId(), in.buddyId()));
        Newcomer newcomer = newcomers.byId(trajectory.newcomerId()).orElseThrow();
        Map<String, Object> attributes = new LinkedHashMap<>(in.attributes() == null ? Map.of()
                : in.attributes());
        List<FieldViolation> problems = new ArrayList<>();
        Where where = placedWith == PlacedWith.BUDDY ? withBuddy(type, in.buddyId(), attributes, problems)
                : inOffer(type, in.offerId(), attributes, problems);
        PlacementRules.dutchLevelReached(where.levelNeeded(), newcomer.dutchLevel(), placedWith)
                .ifPresent(problems::add);
        PlacementValidator.Result validated = PlacementValidator.check(type, attributes);
        validated.violations(in.locale()).forEach(v -> problems.add(new FieldViolation("attributes."
                + v.field(), v.code(), v.message())));
        Optional<DatePeriod> period = validated.valid() ? type.capability(DatedPlacements.class)
                .flatMap(d -> d.period(validated.attributes())) : Optional.empty();
        PlacementRules.Dates dates = PlacementRules.dates(in.startDate(), in.endDate(), period, LocalDate.now(clock));
        problems.addAll(dates.problems());
        problems.addAll(settings.backdating().checkPlacementStart(dates.start(), trajectory.openedOn(),
                where.offerActiveFrom(), newcomer.integrationContractDate()));
        PlacementRules.endNotBeforeStart(dates.start(), dates.end()).ifPresent(problems::add);
        refuseIfAny(problems);
        PlacementRules.placeTaken(placedWith == PlacedWith.BUDDY ? buddies.takeDuo(in.buddyId())
                : offers.takePlace(in.offerId()), placedWith);
        Placement placement = trajectory.place(new PlacementDraft(type.id(),
                type.reportingCategory(validated.attributes()).id(), where.offerId(), where.buddyId(),
                where.organisationId(), where.title(), dates.start(), dates.end(),
                AttributesJson.write(validated.attributes().asMap())), clock.instant(), caller.username());
        em.flush();
        return placement;
    }

    /** What the placement is made with, as the ports found it. */
    private record Where(Long offerId, Long buddyId, Long organisationId, String title, LocalDate offerActiveFrom,
                         DutchLevel levelNeeded) {
    }

    private TrajectoryType typeOf(String typeId) {
        Optional<TrajectoryType> type = typeId == null ? Optional.empty() : types.find(typeId);
        if (type.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldViolation("typeId", typeId == null ? "required"
                    : "unknown-type", "Geef een trajecttype: " + String.join(", ", types.all().stream()
                    .map(TrajectoryType::id).toList()) + ".")));
        }
        return type.get();
    }

    private Where withBuddy(TrajectoryType type, long buddyId, Map<String, Object> attributes,
                            List<FieldViolation> problems) {
        PlaceableBuddy buddy = buddies.buddy(buddyId).orElseThrow(() -> new InvalidInputException(
                "buddyId", "unknown-buddy", "Er bestaat geen buddy " + buddyId + "."));
        problems.addAll(PlacementRules.referencesMatch(type.schema(), ReferenceTarget.BUDDY, buddy.id(), attributes));
        return new Where(null, buddyId, null, "Buddy " + buddy.displayName(), null,
                type.suitability().minimumDutchLevel());
    }

    private Where inOffer(TrajectoryType type, long offerId, Map<String, Object> attributes,
                          List<FieldViolation> problems) {
        PlaceableOffer offer = offers.offer(offerId).orElseThrow(() -> new InvalidInputException(
                "offerId", "unknown-offer", "Er bestaat geen aanbod " + offerId + "."));
        PlacementRules.offerOfTheType(type.id(), offer.trajectoryTypeId()).ifPresent(problems::add);
        PlacementRules.offerOpen(offer.open(), offer.title());
        problems.addAll(PlacementRules.referencesMatch(type.schema(), ReferenceTarget.ORGANISATION,
                offer.organisationId(), attributes));
        problems.addAll(PlacementRules.referencesMatch(type.schema(), ReferenceTarget.OFFER, offer.id(), attributes));
        return new Where(offerId, null, offer.organisationId(), offer.title(), offer.activeFrom(),
                PlacementRules.levelNeeded(type.suitability().minimumDutchLevel(), offer.requiredLevel()));
    }

    private static void refuseIfAny(List<FieldViolation> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
