package be.vierdepijler.web.api.offer;

import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferContact;
import be.vierdepijler.regions.offer.domain.OfferListing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer as the API shows it. {@code contact} is null when the offer names nobody or when the caller may not see
 * it (personal data outside the caller's scope). {@code manageable} tells whether the caller may change it.
 * {@code open}: it takes newcomers today (published, within its active period).
 */
public record OfferDto(long id, String title, String description, long organisationId, String organisationName,
                       String trajectoryTypeId, String trajectoryTypeName, String reportingCategory,
                       String reportingCategoryName, String municipalityNis, String municipalityName,
                       String networkId, String networkName, String address, String requiredLevel, int capacity,
                       int placesTaken, int freePlaces, String schedule, List<String> languages,
                       LocalDate activeFrom, LocalDate activeUntil, String status, boolean open,
                       ContactDto contact, boolean manageable, Instant createdAt, Instant changedAt, long version) {

    /** The person who confirms the hours. */
    public record ContactDto(String name, String email, String phone) {

        static ContactDto of(OfferContact c) {
            return c == null ? null : new ContactDto(c.name(), c.email(), c.phone());
        }
    }

    /** The Dutch names of the offer's trajectory type and category, as the registry gives them. */
    record Names(String type, String category) {
    }

    static OfferDto of(OfferListing listing, Names names, boolean open, boolean withContact, boolean manageable) {
        Offer o = listing.offer();
        return new OfferDto(o.id(), o.title(), o.description(), o.organisationId(), listing.organisationName(),
                o.trajectoryTypeId(), names.type(), o.reportingCategory(), names.category(), o.municipalityNis(),
                listing.municipalityName(), o.networkId(), listing.networkName(), o.address(),
                o.requiredLevel().name(), o.capacity(), o.placesTaken(), o.freePlaces(), o.schedule(), o.languages(),
                o.activeFrom(), o.activeUntil(), o.status().code(), open,
                withContact ? ContactDto.of(o.contact()) : null, manageable, o.createdAt(), o.changedAt(),
                o.version());
    }
}
