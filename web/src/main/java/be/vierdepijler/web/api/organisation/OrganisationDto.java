package be.vierdepijler.web.api.organisation;

import be.vierdepijler.regions.organisation.domain.ContactPerson;
import be.vierdepijler.regions.organisation.domain.Organisation;
import be.vierdepijler.regions.organisation.domain.OrganisationListing;
import java.time.Instant;
import java.util.List;

/**
 * An organisation as the API shows it. {@code contacts} is null when the caller may not see them (personal data
 * outside the caller's scope), an empty list when there are none. {@code publicListing}: the organisation agreed that
 * its approved offers appear in the public finder, recorded by {@code publicListingBy} at {@code publicListingAt}
 * (both null when nobody ever set it).
 */
public record OrganisationDto(long id, String name, String kind, String kindName, String municipalityNis,
                              String municipalityName, String networkId, String networkName, String address,
                              String website, String description, boolean active, List<ContactDto> contacts,
                              long version, boolean publicListing, String publicListingBy,
                              Instant publicListingAt) {

    /** A contact person. */
    public record ContactDto(String name, String functionTitle, String email, String phone) {

        static ContactDto of(ContactPerson c) {
            return new ContactDto(c.name(), c.functionTitle(), c.email(), c.phone());
        }
    }

    static OrganisationDto of(OrganisationListing listing, boolean withContacts) {
        Organisation o = listing.organisation();
        return new OrganisationDto(o.id(), o.name(), o.kind().code(), o.kind().label(), o.municipalityNis(),
                listing.municipalityName(), listing.networkId(), listing.networkName(), o.address(), o.website(),
                o.description(), o.active(),
                withContacts ? o.contacts().stream().map(ContactDto::of).toList() : null, o.version(),
                o.publicListing(), o.publicListingBy(), o.publicListingAt());
    }
}
