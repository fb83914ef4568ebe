package be.vierdepijler.core.spi;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import java.util.Set;

/**
 * A newcomer as a type's {@link MatchScoring} sees them: the profile, no name or other personal detail.
 *
 * @param dutchLevel   the assessed level of Dutch; null when nobody assessed it yet
 * @param languages    the languages they speak, ISO 639-1 codes
 * @param interests    what they like to do
 * @param availability the weekly slots in which they are free
 */
public record MatchingNewcomer(DutchLevel dutchLevel, Set<String> languages, Set<Interest> interests,
                               Set<TimeSlot> availability) {

    public MatchingNewcomer {
        languages = Set.copyOf(languages);
        interests = Set.copyOf(interests);
        availability = Set.copyOf(availability);
    }
}
