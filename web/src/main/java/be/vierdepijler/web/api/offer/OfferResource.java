package be.vierdepijler.web.api.offer;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.offer.application.OfferApprovals;
import be.vierdepijler.regions.offer.application.OfferCatalogue;
import be.vierdepijler.regions.offer.domain.DutchText;
import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferContact;
import be.vierdepijler.regions.offer.domain.OfferDetails;
import be.vierdepijler.regions.offer.domain.OfferFacets;
import be.vierdepijler.regions.offer.domain.OfferFilter;
import be.vierdepijler.regions.offer.domain.OfferListing;
import be.vierdepijler.regions.offer.domain.OfferRepository;
import be.vierdepijler.regions.offer.domain.OfferStatus;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.Versions;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The offer catalogue (aanbod). */
@Path("offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aanbod", description = "Het aanbod van de partnerorganisaties, doorzoekbaar in het Nederlands")
public class OfferResource {

    private static final List<String> LEVELS = Arrays.stream(DutchLevel.values()).map(Enum::name).toList();

    @Inject
    OfferCatalogue catalogue;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    Clock clock;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Operation(summary = "Aanbod, gepagineerd; zoeken in het Nederlands (q) en filteren op netwerk, gemeente,"
            + " organisatie, soort traject, categorie, niveau Nederlands van de nieuwkomer, vrije plaatsen, status en"
            + " actief op een datum, goedgekeurd voor de publieke zoeker (approved); sorteren op title, municipality,"
            + " freePlaces, newest")
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    public PageDto<OfferDto> list(@QueryParam("q") String q, @QueryParam("network") String network,
                                  @QueryParam("municipality") String municipality,
                                  @QueryParam("organisation") String organisation,
                                  @QueryParam("type") String type, @QueryParam("category") String category,
                                  @QueryParam("level") String level, @QueryParam("freePlaces") String freePlaces,
                                  @QueryParam("status") String status, @QueryParam("activeOn") String activeOn,
                                  @QueryParam("approved") String approved, @QueryParam("page") String page, @QueryParam("size") String size,
                                  @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, OfferRepository.SORTABLE, "title");
        OfferFilter filter = filter(parameters, q, network, municipality, organisation, type, category, level,
                freePlaces, status, activeOn, approved);
        Caller me = caller.get();
        LocalDate today = LocalDate.now(clock);
        return PageDto.of(catalogue.find(me, filter, request), l -> dto(me, l, today));
    }

    @GET
    @Path("facets")
    @Operation(summary = "Hoeveel aanbod de lijst met dezelfde filters telt, per soort traject en categorie, netwerk,"
            + " niveau Nederlands en status")
    public OfferFacetsDto facets(@QueryParam("q") String q, @QueryParam("network") String network,
                                 @QueryParam("municipality") String municipality,
                                 @QueryParam("organisation") String organisation,
                                 @QueryParam("type") String type, @QueryParam("category") String category,
                                 @QueryParam("level") String level, @QueryParam("freePlaces") String freePlaces,
                                 @QueryParam("status") String status, @QueryParam("activeOn") String activeOn,
                                 @QueryParam("approved") String approved) {
        OfferFilter filter = filter(new QueryParameters(), q, network, municipality, organisation, type, category,
                level, freePlaces, status, activeOn, approved);
        OfferFacets f = catalogue.facets(caller.get(), filter);
        Map<String, List<OfferFacets.Count>> byType = f.categories().stream()
                .collect(Collectors.groupingBy(OfferFacets.Count::key, TreeMap::new, Collectors.toList()));
        List<OfferFacetsDto.TypeCount> typeCounts = byType.entrySet().stream().map(e -> {
            var t = types.find(e.getKey());
            List<OfferFacetsDto.Count> categories = e.getValue().stream().map(c -> new OfferFacetsDto.Count(
                    c.detail(), t.flatMap(tt -> tt.reportingCategories().stream()
                            .filter(rc -> rc.id().equals(c.detail())).findFirst()).map(rc -> rc.label().nl())
                            .orElse(c.detail()), c.count())).toList();
            return new OfferFacetsDto.TypeCount(e.getKey(), t.map(tt -> tt.label().nl()).orElse(e.getKey()),
                    categories.stream().mapToLong(OfferFacetsDto.Count::count).sum(), categories);
        }).toList();
        return new OfferFacetsDto(f.total(), typeCounts,
                f.networks().stream().map(c -> new OfferFacetsDto.Count(c.key(), c.detail(), c.count())).toList(),
                f.levels().stream().sorted(Comparator.comparing(OfferFacets.Count::key))
                        .map(c -> new OfferFacetsDto.Count(c.key(), c.key(), c.count())).toList(),
                f.statuses().stream().map(c -> {
                    OfferStatus s = OfferStatus.valueOf(c.key());
                    return new OfferFacetsDto.Count(s.code(), s.label(), c.count());
                }).toList());
    }

    /** The list's filters, every malformed one reported at once (with those already in {@code parameters}). */
    private static OfferFilter filter(QueryParameters parameters, String q, String network, String municipality,
                                      String organisation, String type, String category, String level,
                                      String freePlaces, String status, String activeOn, String approved) {
        Long organisationId = parameters.number("organisation", organisation);
        DutchLevel levelFilter = parameters.code("level", level, DutchLevel::parse, LEVELS, "taalniveau");
        Boolean free = parameters.bool("freePlaces", freePlaces);
        OfferStatus statusFilter = parameters.code("status", status, OfferStatus::byCode, OfferStatus.codes(),
                "status");
        LocalDate day = parameters.date("activeOn", activeOn);
        Boolean approvedFilter = parameters.bool("approved", approved);
        if (q != null && q.length() > 200) {
            parameters.add(new FieldViolation("q", "too-long", "Een zoekvraag telt hoogstens 200 tekens."));
        }
        parameters.check();
        return new OfferFilter(QueryParameters.text(network), QueryParameters.text(municipality), organisationId,
                QueryParameters.text(type), QueryParameters.text(category), levelFilter, free, statusFilter, day,
                DutchText.query(q), approvedFilter);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén aanbod; de contactpersoon alleen binnen je bereik, een ontwerp alleen voor wie het"
            + " beheert")
    public Response get(@PathParam("id") String id) {
        Caller me = caller.get();
        return withEtag(me, catalogue.get(me, QueryParameters.id(id, "aanbod")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Zonder status is een nieuw aanbod een ontwerp (draft), dat alleen wie het beheert ziet."
            + " Gepubliceerde en afgesloten aanbiedingen ziet elke aangemelde gebruiker; de contactpersoon alleen"
            + " binnen het eigen bereik.",
            summary = "Een aanbod toevoegen (beheerder, coördinator van het netwerk, lokaal bestuur van de"
            + " gemeente, contactpersoon van de eigen organisatie)")
    @RequestBody(description = "Het aanbod: organisatie, trajecttype en een van zijn rapporteringscategorieën,"
            + " gemeente, vereist niveau Nederlands, capaciteit en de eigen contactpersoon die de uren bevestigt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "aanbod", summary = "Een praatcafé in de bibliotheek",
                            value = "{\"organisationId\": 3, \"trajectoryTypeId\": \"alternative\","
                                + " \"reportingCategory\": \"conversation-group\", \"title\": \"Praatcafé Nederlands"
                                + " in de bib\", \"description\": \"Elke week samen, in eenvoudig Nederlands.\","
                                + " \"municipalityNis\": \"31005\", \"requiredLevel\": \"A1\", \"capacity\": 12,"
                                + " \"schedule\": \"woensdag 14-16 uur\", \"languages\": [\"fr\"], \"activeFrom\":"
                                + " \"2026-09-01\", \"activeUntil\": \"2027-06-30\", \"status\": \"published\","
                                + " \"contact\": {\"name\": \"Els Claeys\", \"email\": \"els@example.org\"},"
                                + " \"weekdays\": [\"wed\"], \"summaries\": {\"en\": \"A weekly chat in simple"
                                + " Dutch.\"}}")))
    public Response create(OfferInput input) {
        Caller me = caller.get();
        OfferListing created = catalogue.create(me, details(input, OfferStatus.DRAFT));
        return Response.created(UriBuilder.fromResource(OfferResource.class).path("{id}")
                        .build(created.offer().id()))
                .entity(dto(me, created, LocalDate.now(clock))).tag(Versions.etag(created.offer().version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een aanbod wijzigen (vraagt If-Match); de capaciteit nooit onder de ingenomen plaatsen")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           OfferInput input) {
        long offerId = QueryParameters.id(id, "aanbod");
        long expected = Versions.fromIfMatch(ifMatch);
        Caller me = caller.get();
        return withEtag(me, catalogue.change(me, offerId, expected, details(input, null)));
    }

    private Response withEtag(Caller me, OfferListing listing) {
        return Response.ok(dto(me, listing, LocalDate.now(clock))).tag(Versions.etag(listing.offer().version()))
                .build();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OfferDto dto(Caller me, OfferListing listing, LocalDate today) {
        Offer o = listing.offer();
        return OfferDto.of(listing, names(o), o.isOpenOn(today), OfferCatalogue.maySeeContact(me, o),
                OfferCatalogue.mayManage(me, o), OfferApprovals.mayApprove(me, o));
    }

    private OfferDto.Names names(Offer o) {
        return types.find(o.trajectoryTypeId()).map(t -> new OfferDto.Names(t.label().nl(),
                t.reportingCategories().stream().filter(c -> c.id().equals(o.reportingCategory())).findFirst()
                        .map(c -> c.label().nl()).orElse(o.reportingCategory())))
                .orElse(new OfferDto.Names(o.trajectoryTypeId(), o.reportingCategory()));
    }

    /**
     * The body as details; the values that cannot even be read (an unknown level or status, a malformed date) are
     * reported together with everything else that is wrong.
     *
     * @param defaultStatus the status when the body names none; null when it is required
     */
    private static OfferDetails details(OfferInput in, OfferStatus defaultStatus) {
        if (in == null) {
            throw new InvalidInputException("body", "required", "Stuur de gegevens van het aanbod als JSON.");
        }
        QueryParameters read = new QueryParameters();
        DutchLevel level = read.code("requiredLevel", in.requiredLevel(), DutchLevel::parse, LEVELS, "taalniveau");
        OfferStatus status = in.status() == null ? defaultStatus
                : read.code("status", in.status(), OfferStatus::byCode, OfferStatus.codes(), "status");
        LocalDate from = read.date("activeFrom", in.activeFrom());
        LocalDate until = read.date("activeUntil", in.activeUntil());
        OfferDto.ContactDto c = in.contact();
        OfferDetails details = new OfferDetails(in.organisationId(), in.trajectoryTypeId(), in.reportingCategory(),
                in.title(), in.description(), in.municipalityNis(), in.address(), level, in.capacity(),
                in.schedule(), in.languages(), from, until, status,
                c == null ? null : new OfferContact(c.name(), c.email(), c.phone()), in.weekdays(), in.summaries());
        if (!read.violations().isEmpty()) {
            Set<String> unreadable = read.violations().stream().map(FieldViolation::field)
                    .collect(Collectors.toSet());
            List<FieldViolation> all = new ArrayList<>(read.violations());
            details.violations().stream().filter(v -> !unreadable.contains(v.field())).forEach(all::add);
            throw new InvalidInputException(all);
        }
        return details;
    }
}
