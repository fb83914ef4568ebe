package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.TrajectoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Places, people and offers the matching tests share. */
final class Fixtures {

    static final Place POPERINGE = new Place("33021", "westhoek", "West-Vlaanderen");
    static final Place IEPER = new Place("33011", "westhoek", "West-Vlaanderen");
    static final Place BRUGGE = new Place("31005", "brugge", "West-Vlaanderen");
    static final Place HASSELT = new Place("71022", "limburg", "Limburg");

    private Fixtures() {
    }

    static Function<String, Optional<TrajectoryType>> types(TrajectoryType... types) {
        Map<String, TrajectoryType> byId = new java.util.HashMap<>();
        for (TrajectoryType type : types) {
            byId.put(type.id(), type);
        }
        return id -> Optional.ofNullable(byId.get(id));
    }

    static MatchScorer scorer(TrajectoryType... types) {
        return new MatchScorer(types(types));
    }

    static NewcomerProfile newcomer(long id, Place place, DutchLevel level) {
        return NewcomerProfile.of(id, place, level, List.of(), List.of(), List.of());
    }

    static NewcomerProfile newcomer(long id, Place place, DutchLevel level, List<String> languages,
                                    List<Interest> interests, String... slots) {
        return NewcomerProfile.of(id, place, level, languages, interests, slots(slots));
    }

    static OfferCandidate offer(long id, Place place, DutchLevel level, int free) {
        return OfferCandidate.of(id, place, level, List.of(), List.of(), free, "volunteering");
    }

    static OfferCandidate offer(long id, Place place, DutchLevel level, int free, String type) {
        return OfferCandidate.of(id, place, level, List.of(), List.of(), free, type);
    }

    /** The type of the buddy candidates here, as the one type placed with a buddy would be. */
    static final String BUDDY_TYPE = "buddy";

    static BuddyCandidate buddy(long id, Place place, int free) {
        return BuddyCandidate.of(id, place, List.of(), List.of(), List.of(), free, BUDDY_TYPE);
    }

    static BuddyCandidate buddy(long id, Place place, int free, List<String> languages, List<Interest> interests,
                                String... slots) {
        return BuddyCandidate.of(id, place, languages, interests, slots(slots), free, BUDDY_TYPE);
    }

    static List<TimeSlot> slots(String... codes) {
        return Arrays.stream(codes).map(c -> TimeSlot.byCode(c).orElseThrow()).toList();
    }
}
