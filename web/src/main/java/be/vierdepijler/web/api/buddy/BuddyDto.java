package be.vierdepijler.web.api.buddy;

import be.vierdepijler.core.buddy.domain.Buddy;
import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.privacy.domain.Consent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A buddy as the API shows it to those who may see them. Codes are those of the vocabulary
 * ({@code /api/v1/buddies} documents them in its README section); {@code available} means screened, trained, active
 * and consenting to matching, {@code freeDuos} how many more duos they can take.
 */
public record BuddyDto(long id, String reference, String firstName, String lastName, String email, String phone,
                       String municipalityNis, String municipalityName, String networkId, String networkName,
                       List<String> languages, List<String> interests, List<String> availability, String screening,
                       LocalDate screeningDecidedOn, String training, LocalDate trainedOn, int capacity,
                       int duosTaken, int freeDuos, String status, boolean available, String registeredBy,
                       List<ConsentDto> consents, boolean erased, Instant erasedAt, Instant registeredAt,
                       Instant updatedAt, long version) {

    /** One answer to one purpose. */
    public record ConsentDto(String purpose, String label, boolean granted, Instant recordedAt, String recordedBy) {

        static ConsentDto of(Consent c) {
            return new ConsentDto(c.purpose().code(), c.purpose().dutchLabel(), c.granted(), c.recordedAt(),
                    c.recordedBy());
        }
    }

    /** @param place where the buddy's municipality lies; null when the place directory does not know it */
    static BuddyDto of(Buddy b, MunicipalityPlace place) {
        return new BuddyDto(b.id(), b.reference(), b.firstName(), b.lastName(), b.email(), b.phone(),
                b.municipalityNis(), place == null ? null : place.name(), b.networkId(),
                place == null ? null : place.networkName(), b.languages(), b.interests(), b.availability(),
                b.screening().code(), b.screeningDecidedOn(), b.training().code(), b.trainedOn(), b.capacity(),
                b.duosTaken(), b.freeDuos(), b.status().code(), b.isAvailable(), b.registeredBy().code(),
                b.consents().stream().map(ConsentDto::of).toList(), b.isErased(), b.erasedAt(), b.createdAt(),
                b.updatedAt(), b.version());
    }
}
