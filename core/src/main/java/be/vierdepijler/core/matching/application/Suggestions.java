package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.matching.domain.BuddyCandidate;
import be.vierdepijler.core.matching.domain.BuddyCandidates;
import be.vierdepijler.core.matching.domain.MatchScorer;
import be.vierdepijler.core.matching.domain.MatchingNewcomers;
import be.vierdepijler.core.matching.domain.MatchingNewcomers.NewcomerToMatch;
import be.vierdepijler.core.matching.domain.MatchingPlaces;
import be.vierdepijler.core.matching.domain.NewcomerProfile;
import be.vierdepijler.core.matching.domain.OfferCandidate;
import be.vierdepijler.core.matching.domain.OfferCandidates;
import be.vierdepijler.core.matching.domain.OfferCandidates.OfferOption;
import be.vierdepijler.core.matching.domain.Suggestion;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Suggestions for one newcomer (issue 5): the best buddies or offers near them, each with its explained score. They
 * follow the newcomer's scope (administrators, the network's coordinators and counsellors, the municipality's local
 * officer); a newcomer out of scope answers 404. Reading them is a read of the newcomer's record, and audited so.
 */
@ApplicationScoped
@Transactional
public class Suggestions {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    @Inject
    MatchingNewcomers newcomers;

    @Inject
    BuddyCandidates buddies;

    @Inject
    OfferCandidates offers;

    @Inject
    MatchingPlaces places;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The best candidates of one kind for a newcomer, best first, each with its explained score.
     *
     * @throws NotFoundException for a newcomer unknown or out of the caller's scope
     * @throws ConflictException when the newcomer did not consent to matching
     */
    public List<SuggestionListing> suggest(Caller caller, long newcomerId, CandidateKind kind, int limit) {
        NewcomerToMatch newcomer = MatchListings.newcomerInScope(newcomers, caller, newcomerId);
        audit.recordRead(caller, MatchListings.NEWCOMER, String.valueOf(newcomerId));
        if (!newcomer.consentsToMatching()) {
            throw new ConflictException("no-matching-consent", "Deze inburgeraar gaf geen toestemming om het profiel"
                    + " te gebruiken voor het koppelen aan een buddy of aanbod.");
        }
        NewcomerProfile profile = newcomer.profile();
        Set<String> province = places.municipalitiesOfProvince(profile.place().province());
        MatchScorer.ForNewcomer scoring = new MatchScorer(types::find).forNewcomer(profile);
        return kind == CandidateKind.BUDDY ? buddies(newcomer, province, scoring, limit)
                : offers(newcomer, province, scoring, limit);
    }

    private List<SuggestionListing> buddies(NewcomerToMatch newcomer, Set<String> province,
                                            MatchScorer.ForNewcomer scoring, int limit) {
        List<Suggestion<BuddyCandidate>> ranked = scoring.rank(buddies.near(newcomer.networkId(), province), limit);
        Map<Long, String> names = buddies.names(ranked.stream().map(s -> s.candidate().id()).toList());
        List<SuggestionListing> listings = new ArrayList<>();
        for (Suggestion<BuddyCandidate> s : ranked) {
            BuddyCandidate b = s.candidate();
            listings.add(new SuggestionListing(s.rank(), CandidateKind.BUDDY, b.id(), names.getOrDefault(b.id(), ""),
                    null, null, b.place().municipalityNis(), places.name(b.place().municipalityNis()),
                    b.trajectoryTypeId(), b.freeDuos(), s.score()));
        }
        return listings;
    }

    private List<SuggestionListing> offers(NewcomerToMatch newcomer, Set<String> province,
                                           MatchScorer.ForNewcomer scoring, int limit) {
        List<OfferOption> options = offers.near(newcomer.networkId(), province,
                newcomer.profile().effectiveDutchLevel(), LocalDate.now(clock));
        Map<Long, OfferOption> byId = options.stream()
                .collect(Collectors.toMap(o -> o.candidate().id(), Function.identity()));
        List<Suggestion<OfferCandidate>> ranked = scoring.rank(
                options.stream().map(OfferOption::candidate).toList(), limit);
        Map<Long, String> organisations = offers.organisationNames(ranked.stream()
                .map(s -> byId.get(s.candidate().id()).organisationId()).toList());
        List<SuggestionListing> listings = new ArrayList<>();
        for (Suggestion<OfferCandidate> s : ranked) {
            OfferOption o = byId.get(s.candidate().id());
            OfferCandidate c = s.candidate();
            listings.add(new SuggestionListing(s.rank(), CandidateKind.OFFER, c.id(), o.title(), o.organisationId(),
                    organisations.get(o.organisationId()), c.place().municipalityNis(),
                    places.name(c.place().municipalityNis()), c.trajectoryTypeId(), c.freePlaces(), s.score()));
        }
        return listings;
    }
}
