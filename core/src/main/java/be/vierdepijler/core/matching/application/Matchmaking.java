package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.matching.domain.BuddyCandidate;
import be.vierdepijler.core.matching.domain.BuddyCandidates;
import be.vierdepijler.core.matching.domain.DuoProposal;
import be.vierdepijler.core.matching.domain.DuoProposer;
import be.vierdepijler.core.matching.domain.MatchPair;
import be.vierdepijler.core.matching.domain.MatchProposal;
import be.vierdepijler.core.matching.domain.MatchRepository;
import be.vierdepijler.core.matching.domain.MatchScorer;
import be.vierdepijler.core.matching.domain.MatchStatus;
import be.vierdepijler.core.matching.domain.MatchingNewcomers;
import be.vierdepijler.core.matching.domain.MatchingNewcomers.NewcomerToMatch;
import be.vierdepijler.core.matching.domain.MatchingPlaces;
import be.vierdepijler.core.matching.domain.NewcomerMatchStatus;
import be.vierdepijler.core.matching.domain.NewcomerProfile;
import be.vierdepijler.core.matching.domain.OfferCandidate;
import be.vierdepijler.core.matching.domain.OfferCandidates;
import be.vierdepijler.core.matching.domain.OfferCandidates.OfferOption;
import be.vierdepijler.core.matching.domain.PairStatus;
import be.vierdepijler.core.matching.domain.ProposedDuo;
import be.vierdepijler.core.matching.domain.Suggestion;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.application.PlacementService;
import be.vierdepijler.core.trajectory.application.PlacementStopped;
import be.vierdepijler.core.trajectory.application.Retry;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.user.domain.Caller;
import be.vierdepijler.core.user.domain.PlaceDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Matching newcomers to offers and buddies (issue 5): suggestions for one newcomer, the network-wide proposal of
 * duos, the coordinator's decision on each pair, and the newcomer's match status.
 *
 * <p>Who may do what: a newcomer's suggestions and status follow the newcomer's scope (administrators, the network's
 * coordinators and counsellors, the municipality's local officer); a newcomer out of scope answers 404. A proposal
 * is computed, approved and rejected by an administrator or a coordinator of its network, and read by whoever covers
 * the network.
 */
@ApplicationScoped
@Transactional
public class Matchmaking {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** The audit kind of a newcomer's record, as the newcomer service logs its reads. */
    static final String NEWCOMER = "newcomer";

    private static final Logger LOG = Logger.getLogger(Matchmaking.class.getName());

    @Inject
    MatchingNewcomers newcomers;

    @Inject
    BuddyCandidates buddies;

    @Inject
    OfferCandidates offers;

    @Inject
    MatchingPlaces places;

    @Inject
    PlaceDirectory directory;

    @Inject
    MatchRepository matches;

    @Inject
    PlacementService placements;

    @Inject
    Retry retry;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private MatchScorer scorer() {
        return new MatchScorer(types::find);
    }

    /**
     * The best candidates of one kind for a newcomer, best first, each with its explained score.
     *
     * @throws NotFoundException for a newcomer unknown or out of the caller's scope
     * @throws ConflictException when the newcomer did not consent to matching
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<SuggestionListing> suggest(Caller caller, long newcomerId, CandidateKind kind, int limit) {
        NewcomerToMatch newcomer = newcomerInScope(caller, newcomerId);
        audit.recordRead(caller, NEWCOMER, String.valueOf(newcomerId));
        if (!newcomer.consentsToMatching()) {
            throw new ConflictException("no-matching-consent", "Deze inburgeraar gaf geen toestemming om het profiel"
                    + " te gebruiken voor het koppelen aan een buddy of aanbod.");
        }
        NewcomerProfile profile = newcomer.profile();
        Set<String> province = places.municipalitiesOfProvince(profile.place().province());
        MatchScorer.ForNewcomer scoring = scorer().forNewcomer(profile);
        List<SuggestionListing> listings = new ArrayList<>();
        if (kind == CandidateKind.BUDDY) {
            List<Suggestion<BuddyCandidate>> ranked = scoring.rank(buddies.near(newcomer.networkId(), province),
                    limit);
            Map<Long, String> names = buddies.names(ranked.stream().map(s -> s.candidate().id()).toList());
            for (Suggestion<BuddyCandidate> s : ranked) {
                BuddyCandidate b = s.candidate();
                listings.add(new SuggestionListing(s.rank(), kind, b.id(), names.getOrDefault(b.id(), ""), null,
                        null, b.place().municipalityNis(), places.name(b.place().municipalityNis()),
                        b.trajectoryTypeId(), b.freeDuos(), s.score()));
            }
        } else {
            List<OfferOption> options = offers.near(newcomer.networkId(), province, profile.effectiveDutchLevel(),
                    LocalDate.now(clock));
            Map<Long, OfferOption> byId = options.stream()
                    .collect(Collectors.toMap(o -> o.candidate().id(), Function.identity()));
            List<Suggestion<OfferCandidate>> ranked = scoring.rank(
                    options.stream().map(OfferOption::candidate).toList(), limit);
            Map<Long, String> organisations = offers.organisationNames(ranked.stream()
                    .map(s -> byId.get(s.candidate().id()).organisationId()).toList());
            for (Suggestion<OfferCandidate> s : ranked) {
                OfferOption o = byId.get(s.candidate().id());
                OfferCandidate c = s.candidate();
                listings.add(new SuggestionListing(s.rank(), kind, c.id(), o.title(), o.organisationId(),
                        organisations.get(o.organisationId()), c.place().municipalityNis(),
                        places.name(c.place().municipalityNis()),
                        c.trajectoryTypeId(), c.freePlaces(), s.score()));
            }
        }
        return listings;
    }

    /**
     * Computes and stores a proposal of duos for the network's newcomers who look for a buddy. Undecided pairs of
     * an earlier proposal are withdrawn first, so that their newcomers and buddies are weighed again.
     *
     * @throws InvalidInputException for a missing or unknown network
     * @throws ForbiddenException    when the caller does not coordinate the network
     */
    public ProposalListing propose(Caller caller, String networkId) {
        if (networkId == null || networkId.isBlank()) {
            throw new InvalidInputException("network", "required", "Kies het netwerk waarvoor je duo's voorstelt.");
        }
        if (!directory.networkExists(networkId)) {
            throw new InvalidInputException("network", "unknown-network",
                    "Er bestaat geen netwerk '" + networkId + "'.");
        }
        if (!caller.managesNetwork(networkId)) {
            throw new ForbiddenException("Alleen een coördinator van dit netwerk stelt er duo's voor.");
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        matches.withdrawOpenPairs(networkId, now);

        List<NewcomerProfile> seeking = newcomers.seekingBuddy(networkId,
                List.of(MatchStatus.NO_MATCH, MatchStatus.NEEDS_REMATCH));
        List<BuddyCandidate> available = buddies.inNetwork(networkId);
        DuoProposal computed = new DuoProposer().propose(seeking, available, scorer());
        long durationMs = (System.nanoTime() - started) / 1_000_000;

        MatchProposal proposal = matches.add(new MatchProposal(networkId, now, caller.username(), seeking.size(),
                available.size(), computed, durationMs));
        Map<Long, NewcomerMatchStatus> statuses = matches.statuses(
                computed.duos().stream().map(ProposedDuo::newcomerId).toList());
        List<MatchPair> pairs = new ArrayList<>(computed.duos().size());
        for (ProposedDuo duo : computed.duos()) {
            NewcomerMatchStatus status = statuses.get(duo.newcomerId());
            pairs.add(new MatchPair(proposal.id(), networkId, duo,
                    status == null ? MatchStatus.NO_MATCH : status.status()));
        }
        matches.addPairs(pairs);
        for (MatchPair pair : pairs) {
            NewcomerMatchStatus status = statuses.get(pair.newcomerId());
            if (status == null) {
                status = new NewcomerMatchStatus(pair.newcomerId(), networkId, now);
                matches.add(status);
            }
            status.proposed(networkId, pair.id(), now);
        }
        matches.flush();
        LOG.info(() -> "Proposal " + proposal.id() + " for " + networkId + ": " + pairs.size() + " duos of "
                + seeking.size() + " newcomers and " + available.size() + " buddies, "
                + computed.candidatePairs() + " candidate pairs, " + durationMs + " ms to compute");
        return new ProposalListing(proposal, matches.countByStatus(proposal.id()));
    }

    /** A network's proposals, newest first; of every network the caller covers when none is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalListing> proposals(Caller caller, String networkId, PageRequest page) {
        Set<String> networks;
        if (networkId != null) {
            if (!directory.networkExists(networkId)) {
                throw new InvalidInputException("network", "unknown-network",
                        "Er bestaat geen netwerk '" + networkId + "'.");
            }
            networks = caller.coversNetwork(networkId) ? Set.of(networkId) : Set.of();
        } else {
            networks = caller.isAdministrator() ? null : caller.networkIds();
        }
        return matches.proposals(networks, page).map(p -> new ProposalListing(p, matches.countByStatus(p.id())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalListing proposal(Caller caller, long proposalId) {
        MatchProposal proposal = proposalInScope(caller, proposalId);
        return new ProposalListing(proposal, matches.countByStatus(proposalId));
    }

    /** A proposal's pairs, best score first unless sorted otherwise; of one status when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PairListing> pairs(Caller caller, long proposalId, PairStatus status, PageRequest page) {
        proposalInScope(caller, proposalId);
        Page<MatchPair> pairs = matches.pairs(proposalId, status, page);
        Map<Long, String> newcomerNames = newcomers.names(pairs.items().stream().map(MatchPair::newcomerId).toList());
        Map<Long, String> buddyNames = buddies.names(pairs.items().stream().map(MatchPair::buddyId).toList());
        Map<Long, NewcomerMatchStatus> statuses = matches.statuses(pairs.items().stream()
                .map(MatchPair::newcomerId).toList());
        return pairs.map(p -> new PairListing(p, newcomerNames.getOrDefault(p.newcomerId(), ""),
                buddyNames.getOrDefault(p.buddyId(), ""), statusOf(statuses.get(p.newcomerId()))));
    }

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
            return listing(pair);
        });
    }

    /** The type whose placements are made with a buddy (buddywerking), as the types say, never by its id. */
    private String buddyTypeId() {
        List<String> withBuddy = types.placedWith(PlacedWith.BUDDY).stream().map(TrajectoryType::id).toList();
        if (withBuddy.size() != 1) {
            throw new InvalidInputException("typeId", "required", "Kies het trajecttype van het duo: "
                    + String.join(", ", withBuddy) + ".");
        }
        return withBuddy.get(0);
    }

    /**
     * A placement with a buddy ended or was cancelled while the newcomer's trajectory still runs: a newcomer matched
     * to that buddy needs another one, and the next proposal weighs them again.
     */
    void onPlacementStopped(@Observes PlacementStopped stopped) {
        if (stopped.buddyId() == null || !stopped.trajectoryOpen()) {
            return;
        }
        matches.status(stopped.newcomerId()).filter(s -> s.status() == MatchStatus.MATCHED).ifPresent(status -> {
            MatchPair pair = status.pairId() == null ? null : matches.pair(status.pairId()).orElse(null);
            boolean thisDuo = pair == null || (pair.placementId() == null
                    ? pair.buddyId() == stopped.buddyId() : pair.placementId() == stopped.placementId());
            if (thisDuo) {
                status.duoEnded(clock.instant());
                LOG.fine(() -> "Newcomer " + stopped.newcomerId() + " needs another buddy: placement "
                        + stopped.placementId() + " stopped");
            }
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
        flush(pair);
        return listing(pair);
    }

    /** Where the newcomer stands, with the pair that proposed or matched them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StatusListing status(Caller caller, long newcomerId) {
        newcomerInScope(caller, newcomerId);
        return matches.status(newcomerId)
                .map(s -> new StatusListing(newcomerId, s.status(), s.changedAt(),
                        s.pairId() == null ? null : matches.pair(s.pairId()).map(this::listing).orElse(null)))
                .orElse(new StatusListing(newcomerId, MatchStatus.NO_MATCH, null, null));
    }

    private NewcomerToMatch newcomerInScope(Caller caller, long newcomerId) {
        return newcomers.find(newcomerId)
                .filter(n -> caller.coversMunicipality(n.municipalityNis(), n.networkId()))
                .orElseThrow(() -> new NotFoundException("inburgeraar", String.valueOf(newcomerId)));
    }

    private MatchProposal proposalInScope(Caller caller, long proposalId) {
        return matches.proposal(proposalId).filter(p -> caller.coversNetwork(p.networkId()))
                .orElseThrow(() -> new NotFoundException("voorstel", String.valueOf(proposalId)));
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

    private static MatchStatus statusOf(NewcomerMatchStatus status) {
        return status == null ? MatchStatus.NO_MATCH : status.status();
    }

    private void flush(MatchPair pair) {
        try {
            matches.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("koppel",
                    String.valueOf(pair.id()), pair.version());
        }
    }

    private PairListing listing(MatchPair pair) {
        Map<Long, String> newcomerNames = newcomers.names(List.of(pair.newcomerId()));
        Map<Long, String> buddyNames = buddies.names(List.of(pair.buddyId()));
        return new PairListing(pair, newcomerNames.getOrDefault(pair.newcomerId(), ""),
                buddyNames.getOrDefault(pair.buddyId(), ""),
                statusOf(matches.status(pair.newcomerId()).orElse(null)));
    }

}
