package be.vierdepijler.web.api.publicoffer;

import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferListing;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer as the public finder shows it. Built field by field from the offer: it has no contact person, no capacity
 * or places taken (only {@code places}: {@code free} or {@code full}), nothing of the network or the counsellors.
 * {@code summary}: the organisation's short text in the requested language, or null.
 */
public record PublicOfferDto(long id, String title, String description, String summary, String organisationName,
                             String municipalityNis, String municipalityName, String address, String typeId,
                             String typeLabel, String categoryId, String categoryLabel, String level,
                             List<String> weekdays, String schedule, List<String> languages, LocalDate activeFrom,
                             LocalDate activeUntil, String places) {

    static PublicOfferDto of(OfferListing listing, String language, String typeLabel, String categoryLabel) {
        Offer o = listing.offer();
        return new PublicOfferDto(o.id(), o.title(), o.description(), o.summaries().get(language),
                listing.organisationName(), o.municipalityNis(), listing.municipalityName(), o.address(),
                o.trajectoryTypeId(), typeLabel, o.reportingCategory(), categoryLabel, o.requiredLevel().name(),
                o.weekdays(), o.schedule(), o.languages(), o.activeFrom(), o.activeUntil(),
                o.freePlaces() > 0 ? "free" : "full");
    }
}
