package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.matching.domain.BuddyCandidates;
import be.vierdepijler.core.matching.domain.MatchPair;
import be.vierdepijler.core.matching.domain.MatchRepository;
import be.vierdepijler.core.matching.domain.MatchingNewcomers;
import be.vierdepijler.core.matching.domain.MatchingNewcomers.NewcomerToMatch;
import be.vierdepijler.core.matching.domain.NewcomerMatchStatus;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.application.PlacementService;
import be.vierdepijler.core.trajectory.application.Retry;
import be.vierdepijler.core.trajectory.domain.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coordinator's decision on a proposed pair (issue 5): approved, the duo becomes a buddy placement and the
 * newcomer is matched; rejected, the newcomer is weighed again by the next proposal. Decided by an administrator or a
 * coordinator of the pair's network; a pair out of the caller's networks answers 404.
 */
@ApplicationScoped
@Transactional
public class MatchDecisions {

    @Inject
    MatchingNewcomers newcomers;

    @Inject
    BuddyCandidates buddies;

    @Inject
    MatchRepository matches;

    @Inject
    PlacementService placements;

    @Inject
    Retry retry;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    Clock clock;

    /**
     * What the coordinator fills in when approving a pair: the fields of the duo's placement, as on
     * {@code POST /trajectories/{id}/placements} (the buddy comes from the pair).
     *
     * @param typeId     the trajectory type of the duo; null for the one type whose placements are made with a buddy
     * @param startDate  the first day of the duo; null for today
     * @param endDate    the planned end, or null
     * @param attributes the type's fields (for buddywerking: the meeting rhythm and the shared languages)
     * @param locale     the language of the type's messages
     */
    public record Approval(String typeId, LocalDate startDate, LocalDate endDate, Map<String, Object> attributes,
                           Locale locale) {
    }

    /**
     * Approves a proposed pair: the duo becomes a buddy placement in the newcomer's open trajectory, made by the
     * placement service under the same rules as any placement (the type's fields, the Dutch level, the buddy's free
     * duo taken atomically, the caller's scope, the audit), and the newcomer is matched. All of it is written in
     * one transaction or nothing is: a refused placement leaves the pair proposed and the buddy's duos as they were.
     *
     * @throws ConflictException     when the pair was already decided ({@code pair-decided}), the newcomer has no open
     *                               trajectory ({@code no-open-trajectory}) or moved to another network
     *                               ({@code newcomer-moved}), the trajectory is not active yet
     *                               ({@code trajectory-not-active}) or the buddy has no free duo left
     *                               ({@code buddy-unavailable})
     * @throws InvalidInputException when the placement's fields are wrong (as {@code attributes.<field>})
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PairListing approve(Caller caller, long pairId, Approval approval) {
        return retry.onConflict(() -> {
            MatchPair pair = pairToDecide(caller, pairId);
            NewcomerToMatch newcomer = newcomers.find(pair.newcomerId())
                    .orElseThrow(() -> new NotFoundException("inburgeraar", String.valueOf(pair.newcomerId())));
            if (!pair.networkId().equals(newcomer.networkId())) {
                throw new ConflictException("newcomer-moved", "Deze inburgeraar verhuisde naar een ander netwerk:"
                        + " verwerp het koppel; het nieuwe netwerk zoekt een buddy.");
            }
            if (newcomer.openTrajectoryId() == null) {
                throw new ConflictException("no-open-trajectory", "Deze inburgeraar heeft geen lopend"
                        + " participatietraject meer, dus ook geen plaats voor een buddy: verwerp het koppel, of open"
                        + " eerst een traject en keur het dan goed.");
            }
            Instant now = clock.instant();
            Placement placement = placements.placeWithin(caller, newcomer.openTrajectoryId(),
                    new PlacementService.NewPlacement(approval.typeId() == null ? buddyTypeId() : approval.typeId(),
                            null, pair.buddyId(), approval.startDate(), approval.endDate(),
                            approval.attributes() == null ? Map.of() : approval.attributes(), approval.locale()));
            pair.approve(caller.username(), now, placement.id());
            statusOf(pair, now).approved(now);
            matches.flush();
            return MatchListings.listing(matches, newcomers, buddies, pair);
        });
    }

    /**
     * Rejects a proposed pair: the newcomer goes back to no-match (or needs-rematch) and is weighed again by the next
     * proposal.
     */
    public PairListing reject(Caller caller, long pairId, String reason) {
        if (reason != null && reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "too-long", "Een reden telt hoogstens 500 tekens.");
        }
        MatchPair pair = pairToDecide(caller, pairId);
        Instant now = clock.instant();
        pair.reject(caller.username(), now, reason == null || reason.isBlank() ? null : reason.strip());
        statusOf(pair, now).rejected(pair.previousStatus(), now);
        try {
            matches.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("koppel", String.valueOf(pair.id()), pair.version());
        }
        return MatchListings.listing(matches, newcomers, buddies, pair);
    }

    /** The type whose placements are made with a buddy (buddywerking), as the types say, never by its id. */
    private String buddyTypeId() {
        return duoType(types.placedWith(PlacedWith.BUDDY).stream().map(TrajectoryType::id).toList());
    }

    /**
     * The duo's type when the coordinator names none: the one type placed with a buddy.
     *
     * @throws InvalidInputException asking for the type when there is none or more than one
     */
    static String duoType(List<String> withBuddy) {
        if (withBuddy.size() != 1) {
            throw new InvalidInputException("typeId", "required", "Kies het trajecttype van het duo: "
                    + String.join(", ", withBuddy) + ".");
        }
        return withBuddy.get(0);
    }

    private MatchPair pairToDecide(Caller caller, long pairId) {
        MatchPair pair = matches.pair(pairId).filter(p -> caller.coversNetwork(p.networkId()))
                .orElseThrow(() -> new NotFoundException("koppel", String.valueOf(pairId)));
        if (!caller.managesNetwork(pair.networkId())) {
            throw new ForbiddenException("Alleen een coördinator van dit netwerk beslist over een koppel.");
        }
        if (!pair.isOpen()) {
            throw new ConflictException("pair-decided", "Over dit koppel werd al beslist: het is "
                    + pair.status().code() + ".");
        }
        return pair;
    }

    private NewcomerMatchStatus statusOf(MatchPair pair, Instant now) {
        return matches.status(pair.newcomerId()).orElseGet(() -> {
            // Proposed pairs always have a status row; a missing one is repaired rather than failing the decision.
            NewcomerMatchStatus created = new NewcomerMatchStatus(pair.newcomerId(), pair.networkId(), now);
            created.proposed(pair.networkId(), pair.id(), now);
            matches.add(created);
            return created;
        });
    }
}
