package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.MatchingNewcomer;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A newcomer as the matching compares them: where they live, their Dutch, languages, interests and free time.
 *
 * @param id           the newcomer's id
 * @param place        where they live
 * @param dutchLevel   their assessed level of Dutch; null when not assessed yet (then only offers asking
 *                     {@link DutchLevel#A0} suit them, as {@link be.vierdepijler.core.spi.Suitability} has it)
 * @param languages    the languages they speak, ISO 639-1 codes in lower case
 * @param interests    what they like to do
 * @param availability when they are free
 */
public record NewcomerProfile(long id, Place place, DutchLevel dutchLevel, Set<String> languages,
                              Interests interests, Availability availability) {

    public NewcomerProfile {
        Objects.requireNonNull(place, "place");
        languages = Set.copyOf(languages);
        Objects.requireNonNull(interests, "interests");
        Objects.requireNonNull(availability, "availability");
    }

    public static NewcomerProfile of(long id, Place place, DutchLevel dutchLevel, Collection<String> languages,
                                     Collection<Interest> interests, Collection<TimeSlot> availability) {
        return new NewcomerProfile(id, place, dutchLevel, Set.copyOf(languages), Interests.of(interests),
                Availability.of(availability));
    }

    /** The level to compare with what an offer asks: an unassessed newcomer counts as a beginner. */
    public DutchLevel effectiveDutchLevel() {
        return dutchLevel == null ? DutchLevel.A0 : dutchLevel;
    }

    /** What a trajectory type's own scoring sees of this newcomer. */
    public MatchingNewcomer forTrajectoryType() {
        return new MatchingNewcomer(dutchLevel, languages, Set.copyOf(interests.list()),
                Set.copyOf(availability.list()));
    }
}
