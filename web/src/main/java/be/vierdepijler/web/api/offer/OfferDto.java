package be.vierdepijler.web.api.offer;

import be.vierdepijler.regions.offer.domain.ApprovalChecklist;
import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferApproval;
import be.vierdepijler.regions.offer.domain.OfferContact;
import be.vierdepijler.regions.offer.domain.OfferListing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An offer as the API shows it. {@code contact} is null when the offer names nobody or when the caller may not see
 * it (personal data outside the caller's scope). {@code manageable} tells whether the caller may change it.
 * {@code open}: it takes newcomers today (published, within its active period). {@code weekdays}: the days it takes
 * place on ({@code mon}..{@code sun}); {@code summaries}: the organisation's short descriptions per language;
 * {@code approval}: its approval for the public finder with the checklist, who and when, or null; {@code approvable}:
 * whether the caller may approve it (or withdraw the approval).
 */
public record OfferDto(long id, String title, String description, long organisationId, String organisationName,
                       String trajectoryTypeId, String trajectoryTypeName, String reportingCategory,
                       String reportingCategoryName, String municipalityNis, String municipalityName,
                       String networkId, String networkName, String address, String requiredLevel, int capacity,
                       int placesTaken, int freePlaces, String schedule, List<String> languages,
                       LocalDate activeFrom, LocalDate activeUntil, String status, boolean open,
                       ContactDto contact, boolean manageable, Instant createdAt, Instant changedAt, long version,
                       List<String> weekdays, Map<String, String> summaries, ApprovalDto approval,
                       boolean approvable) {

    /** The approval for the public finder: who, when and the decree's criteria as recorded. */
    public record ApprovalDto(String approvedBy, Instant approvedAt, boolean dutchSetting, boolean newContacts,
                              boolean groupOrDuo, int hoursPossible) {

        static ApprovalDto of(OfferApproval a) {
            if (a == null) {
                return null;
            }
            ApprovalChecklist c = a.checklist();
            return new ApprovalDto(a.approvedBy(), a.approvedAt(), Boolean.TRUE.equals(c.dutchSetting()),
                    Boolean.TRUE.equals(c.newContacts()), Boolean.TRUE.equals(c.groupOrDuo()),
                    c.hoursPossible() == null ? 0 : c.hoursPossible());
        }
    }

    /** The person who confirms the hours. */
    public record ContactDto(String name, String email, String phone) {

        static ContactDto of(OfferContact c) {
            return c == null ? null : new ContactDto(c.name(), c.email(), c.phone());
        }
    }

    /** The Dutch names of the offer's trajectory type and category, as the registry gives them. */
    record Names(String type, String category) {
    }

    static OfferDto of(OfferListing listing, Names names, boolean open, boolean withContact, boolean manageable,
                       boolean approvable) {
        Offer o = listing.offer();
        return new OfferDto(o.id(), o.title(), o.description(), o.organisationId(), listing.organisationName(),
                o.trajectoryTypeId(), names.type(), o.reportingCategory(), names.category(), o.municipalityNis(),
                listing.municipalityName(), o.networkId(), listing.networkName(), o.address(),
                o.requiredLevel().name(), o.capacity(), o.placesTaken(), o.freePlaces(), o.schedule(), o.languages(),
                o.activeFrom(), o.activeUntil(), o.status().code(), open,
                withContact ? ContactDto.of(o.contact()) : null, manageable, o.createdAt(), o.changedAt(),
                o.version(), o.weekdays(), o.summaries(), ApprovalDto.of(o.approval()), approvable);
    }
}
