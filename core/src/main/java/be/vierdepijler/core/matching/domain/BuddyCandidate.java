package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A buddy as the matching compares them. Only buddies who may be matched (screened, trained, active) become
 * candidates.
 *
 * @param id               the buddy's id
 * @param place            where they live
 * @param languages        the languages they speak, ISO 639-1 codes
 * @param interests        what they like to do
 * @param availability     when they are free
 * @param freeDuos         how many more duos they can take
 * @param trajectoryTypeId the trajectory type of a duo with them (buddywerking)
 */
public record BuddyCandidate(long id, Place place, Set<String> languages, Interests interests,
                             Availability availability, int freeDuos, String trajectoryTypeId) implements Candidate {

    /** The id of the buddy scheme's trajectory type, which a duo's placement has. */
    public static final String BUDDY_TYPE = "buddy";

    public BuddyCandidate {
        Objects.requireNonNull(place, "place");
        languages = Set.copyOf(languages);
        Objects.requireNonNull(interests, "interests");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(trajectoryTypeId, "trajectoryTypeId");
    }

    public static BuddyCandidate of(long id, Place place, Collection<String> languages,
                                    Collection<Interest> interests, Collection<TimeSlot> availability, int freeDuos) {
        return new BuddyCandidate(id, place, Set.copyOf(languages), Interests.of(interests),
                Availability.of(availability), freeDuos, BUDDY_TYPE);
    }

    @Override
    public int freeCapacity() {
        return freeDuos;
    }
}
