package be.vierdepijler.regions.offer.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.offer.domain.DraftScope;
import be.vierdepijler.regions.offer.domain.DutchText;
import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferDetails;
import be.vierdepijler.regions.offer.domain.OfferFacets;
import be.vierdepijler.regions.offer.domain.OfferFilter;
import be.vierdepijler.regions.offer.domain.OfferListing;
import be.vierdepijler.regions.offer.domain.OfferRepository;
import be.vierdepijler.regions.offer.domain.OfferStatus;
import be.vierdepijler.regions.organisation.domain.OrganisationRenamed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The offer catalogue (aanbod). Published and closed offers are visible to every signed-in user in every network
 * (the catalogue is public to the partners); a draft only to those who may manage it. The contact person of an offer
 * is personal data, shown only within the caller's scope. Managing: administrators, the coordinators of the offer's
 * network, the officer of its municipality, and the contacts of its own organisation.
 */
@ApplicationScoped
@Transactional
public class OfferCatalogue {

    private static final int REINDEX_BATCH = 200;

    @Inject
    OfferRepository offers;

    @Inject
    PlaceDirectory places;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    /** @throws InvalidInputException when the filter names a network, municipality, organisation or type that does not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OfferListing> find(Caller caller, OfferFilter filter, PageRequest page) {
        checkFilter(filter);
        return offers.find(filter, draftScope(caller), page);
    }

    /** The counts per type and category, network, level and status of what {@link #find} would list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferFacets facets(Caller caller, OfferFilter filter) {
        checkFilter(filter);
        return offers.facets(filter, draftScope(caller));
    }

    private void checkFilter(OfferFilter filter) {
        List<FieldViolation> v = new ArrayList<>(places.filterViolations(filter.networkId(),
                filter.municipalityNis()));
        if (filter.organisationId() != null && places.networkOfOrganisation(filter.organisationId()).isEmpty()) {
            v.add(new FieldViolation("organisation", "unknown-organisation",
                    "Er bestaat geen organisatie met id " + filter.organisationId() + "."));
        }
        Optional<TrajectoryType> type = Optional.empty();
        if (filter.trajectoryTypeId() != null) {
            type = types.find(filter.trajectoryTypeId());
            if (type.isEmpty()) {
                v.add(unknownType("type", filter.trajectoryTypeId()));
            }
        }
        if (filter.reportingCategory() != null && !categoryExists(type, filter.reportingCategory())) {
            v.add(new FieldViolation("category", "unknown-category", "Onbekende categorie '"
                    + filter.reportingCategory() + "'" + type.map(t -> " voor " + t.id()).orElse("") + "."));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private boolean categoryExists(Optional<TrajectoryType> type, String category) {
        return (type.isPresent() ? type.stream() : types.all().stream())
                .anyMatch(t -> t.reportingCategories().stream().anyMatch(c -> c.id().equals(category)));
    }

    /** @throws NotFoundException for an unknown offer, or a draft the caller may not manage */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferListing get(Caller caller, long id) {
        return offers.listing(id).filter(l -> visible(caller, l.offer()))
                .orElseThrow(() -> new NotFoundException("aanbod", String.valueOf(id)));
    }

    public OfferListing create(Caller caller, OfferDetails details) {
        String networkId = checked(details);
        if (!mayManage(caller, details.organisationId(), details.municipalityNis().strip(), networkId)) {
            throw new ForbiddenException("Je mag geen aanbod toevoegen voor deze organisatie in deze gemeente.");
        }
        Offer created = offers.add(new Offer(details, networkId, clock.instant()));
        return index(created.id());
    }

    public OfferListing change(Caller caller, long id, long expectedVersion, OfferDetails details) {
        Offer offer;
        try {
            offer = offers.lockedById(id).filter(o -> visible(caller, o))
                    .orElseThrow(() -> new NotFoundException("aanbod", String.valueOf(id)));
        } catch (OptimisticLockException e) {
            // The offer was read earlier in this transaction and another one changed it before the lock was taken
            // (two nodes, the same If-Match at the same moment): the caller's version is gone, so 412, never 500.
            throw new ConcurrentModificationException("aanbod", String.valueOf(id), expectedVersion + 1);
        }
        if (!mayManage(caller, offer)) {
            throw new ForbiddenException("Je mag dit aanbod niet wijzigen.");
        }
        if (offer.version() != expectedVersion) {
            throw new ConcurrentModificationException("aanbod", String.valueOf(id), offer.version());
        }
        String networkId = checked(details);
        if (!mayManage(caller, details.organisationId(), details.municipalityNis().strip(), networkId)) {
            throw new ForbiddenException("Je mag dit aanbod niet naar die organisatie of gemeente verplaatsen.");
        }
        offer.apply(details, networkId, clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("aanbod", String.valueOf(id), offer.version());
        }
        return index(id);
    }

    /** Keeps the search terms of an organisation's offers in step with its new name. */
    void onOrganisationRenamed(@Observes OrganisationRenamed event) {
        long after = 0;
        List<Long> ids = offers.idsOfOrganisation(event.organisationId(), after, REINDEX_BATCH);
        while (!ids.isEmpty()) {
            ids.forEach(this::index);
            after = ids.get(ids.size() - 1);
            ids = offers.idsOfOrganisation(event.organisationId(), after, REINDEX_BATCH);
        }
    }

    /** Rewrites the offer's search terms from its texts and the names of its organisation and municipality. */
    private OfferListing index(long id) {
        OfferListing listing = offers.listing(id).orElseThrow(() -> new NotFoundException("aanbod", "" + id));
        Offer o = listing.offer();
        offers.replaceSearchTerms(id, DutchText.indexTerms(o.title(), o.description(), listing.organisationName(),
                listing.municipalityName()));
        return listing;
    }

    /**
     * Checks the details on their own and against the reference data (organisation, municipality, trajectory type and
     * its categories), reporting every field at once.
     *
     * @return the network of the offer's municipality
     */
    private String checked(OfferDetails details) {
        List<FieldViolation> v = new ArrayList<>(details.violations());
        String networkId = null;
        if (!hasViolation(v, "municipalityNis")) {
            networkId = places.networkOfMunicipality(details.municipalityNis().strip()).orElse(null);
            if (networkId == null) {
                v.add(new FieldViolation("municipalityNis", "unknown-municipality",
                        "Er bestaat geen gemeente met NIS-code '" + details.municipalityNis() + "'."));
            }
        }
        if (!hasViolation(v, "organisationId") && places.networkOfOrganisation(details.organisationId()).isEmpty()) {
            v.add(new FieldViolation("organisationId", "unknown-organisation",
                    "Er bestaat geen organisatie met id " + details.organisationId() + "."));
        }
        if (!hasViolation(v, "trajectoryTypeId")) {
            Optional<TrajectoryType> type = types.find(details.trajectoryTypeId().strip());
            if (type.isEmpty()) {
                v.add(unknownType("trajectoryTypeId", details.trajectoryTypeId()));
            } else if (!hasViolation(v, "reportingCategory")) {
                List<String> categories = type.get().reportingCategories().stream().map(ReportingCategory::id)
                        .toList();
                if (!categories.contains(details.reportingCategory().strip())) {
                    v.add(new FieldViolation("reportingCategory", "not-of-type", "De categorie '"
                            + details.reportingCategory() + "' hoort niet bij " + type.get().id() + "; mogelijk: "
                            + String.join(", ", categories) + "."));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return networkId;
    }

    private FieldViolation unknownType(String field, String id) {
        return new FieldViolation(field, "unknown-trajectory-type", "Onbekend soort traject '" + id
                + "'; mogelijk: " + String.join(", ", types.all().stream().map(TrajectoryType::id).toList()) + ".");
    }

    private static boolean hasViolation(List<FieldViolation> v, String field) {
        return v.stream().anyMatch(f -> f.field().equals(field));
    }

    private static boolean visible(Caller caller, Offer offer) {
        return offer.status() != OfferStatus.DRAFT || mayManage(caller, offer);
    }

    /** Whether the caller may change this offer (and see it as a draft). */
    public static boolean mayManage(Caller caller, Offer offer) {
        return mayManage(caller, offer.organisationId(), offer.municipalityNis(), offer.networkId());
    }

    /**
     * Whether the caller may manage an offer of this organisation in this municipality: administrators, the
     * coordinators of its network, the officer of the municipality, the contacts of the organisation itself.
     */
    public static boolean mayManage(Caller caller, long organisationId, String municipalityNis, String networkId) {
        return switch (caller.role()) {
            case ADMINISTRATOR -> true;
            case NETWORK_COORDINATOR -> caller.managesNetwork(networkId);
            case LOCAL_OFFICER -> Objects.equals(caller.municipalityNis(), municipalityNis);
            case ORGANISATION_CONTACT -> Objects.equals(caller.organisationId(), organisationId);
            default -> false;
        };
    }

    /**
     * Whether the caller may see the offer's contact person (personal data): within their scope of networks or
     * municipality, or as a contact of the organisation itself.
     */
    public static boolean maySeeContact(Caller caller, Offer offer) {
        return caller.coversMunicipality(offer.municipalityNis(), offer.networkId())
                || (caller.role() == Role.ORGANISATION_CONTACT
                && Objects.equals(caller.organisationId(), offer.organisationId()));
    }

    /** The drafts this caller may see: those of the offers they may manage. */
    static DraftScope draftScope(Caller caller) {
        return switch (caller.role()) {
            case ADMINISTRATOR -> new DraftScope(true, Set.of(), null, null);
            case NETWORK_COORDINATOR -> new DraftScope(false, caller.networkIds(), null, null);
            case LOCAL_OFFICER -> new DraftScope(false, Set.of(), caller.municipalityNis(), null);
            case ORGANISATION_CONTACT -> new DraftScope(false, Set.of(), null, caller.organisationId());
            default -> DraftScope.none();
        };
    }
}
