package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.profile.domain.TimeSlot;
import be.vierdepijler.core.spi.DutchLevel;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * An offer of the catalogue as the matching compares it.
 *
 * @param id               the offer's id
 * @param place            where it takes place
 * @param requiredLevel    the Dutch level it asks
 * @param helpfulLanguages languages that help in it (besides Dutch), ISO 639-1 codes
 * @param schedule         the weekly slots it runs in; empty when it has no fixed schedule
 * @param freePlaces       places not taken yet
 * @param trajectoryTypeId the trajectory type of a placement in it
 */
public record OfferCandidate(long id, Place place, DutchLevel requiredLevel, Set<String> helpfulLanguages,
                             Availability schedule, int freePlaces, String trajectoryTypeId) implements Candidate {

    public OfferCandidate {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(requiredLevel, "requiredLevel");
        helpfulLanguages = Set.copyOf(helpfulLanguages);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(trajectoryTypeId, "trajectoryTypeId");
    }

    public static OfferCandidate of(long id, Place place, DutchLevel requiredLevel, Collection<String> languages,
                                    Collection<TimeSlot> schedule, int freePlaces, String trajectoryTypeId) {
        return new OfferCandidate(id, place, requiredLevel, Set.copyOf(languages), Availability.of(schedule),
                freePlaces, trajectoryTypeId);
    }

    @Override
    public int freeCapacity() {
        return freePlaces;
    }
}
