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
 * @param trajectoryTypeId the trajectory type of a duo with them: the one type placed with a buddy (buddywerking), as
 *                         the registry answers it; null when the deployment has none or several, so that the
 *                         coordinator names the type when approving
 */
public record BuddyCandidate(long id, Place place, Set<String> languages, Interests interests,
                             Availability availability, int freeDuos, String trajectoryTypeId) implements Candidate {

    public BuddyCandidate {
        Objects.requireNonNull(place, "place");
        languages = Set.copyOf(languages);
        Objects.requireNonNull(interests, "interests");
        Objects.requireNonNull(availability, "availability");
    }

    public static BuddyCandidate of(long id, Place place, Collection<String> languages,
                                    Collection<Interest> interests, Collection<TimeSlot> availability, int freeDuos,
                                    String trajectoryTypeId) {
        return new BuddyCandidate(id, place, Set.copyOf(languages), Interests.of(interests),
                Availability.of(availability), freeDuos, trajectoryTypeId);
    }

    @Override
    public int freeCapacity() {
        return freeDuos;
    }
}
