package be.vierdepijler.web.api.participation;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.participation.application.ParticipationRequests;
import be.vierdepijler.core.participation.domain.ParticipationRequest;
import be.vierdepijler.core.participation.domain.ParticipationRequestRepository;
import be.vierdepijler.core.participation.domain.RequestFilter;
import be.vierdepijler.core.participation.domain.RequestStatus;
import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.port.OfferPlaces;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.port.PlaceableOffer;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The requests to take part that newcomers left on the public finder, as the counsellors of the network see and
 * handle them: take in (link to a newcomer) or decline. Organisation contacts see the ones shared with them,
 * read-only.
 */
@Path("participation-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aanvragen", description = "Aanvragen om deel te nemen uit de publieke zoeker: opnemen of niet opvolgen")
public class ParticipationRequestResource {

    @Inject
    ParticipationRequests requests;

    @Inject
    PlaceDirectory places;

    @Inject
    OfferPlaces offers;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Operation(summary = "Aanvragen om deel te nemen binnen je bereik, nieuwste eerst, gepagineerd; te filteren op"
            + " status (open, taken-in, declined), netwerk, gemeente en q (voornaam of referentie)")
    public PageDto<ParticipationRequestDto> list(@QueryParam("status") String status,
                                                 @QueryParam("network") String network,
                                                 @QueryParam("municipality") String municipality,
                                                 @QueryParam("q") String q, @QueryParam("page") String page,
                                                 @QueryParam("size") String size, @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort == null || sort.isBlank() ? "-createdAt" : sort,
                ParticipationRequestRepository.SORTABLE, "createdAt");
        RequestStatus statusFilter = parameters.code("status", status,
                c -> Optional.ofNullable(RequestStatus.byCode(c)), RequestStatus.codes(), "status");
        parameters.check();
        Page<ParticipationRequest> found = requests.find(caller.get(), new RequestFilter(statusFilter,
                QueryParameters.text(network), QueryParameters.text(municipality), QueryParameters.text(q)),
                request);
        Map<String, MunicipalityPlace> where = places.places(found.items().stream()
                .map(ParticipationRequest::municipalityNis).collect(Collectors.toSet()));
        Map<Long, PlaceableOffer> offered = new HashMap<>();
        found.items().stream().map(ParticipationRequest::offerId).filter(Objects::nonNull).distinct()
                .forEach(id -> offers.offer(id).ifPresent(o -> offered.put(id, o)));
        return PageDto.of(found, r -> ParticipationRequestDto.of(r, where.get(r.municipalityNis()),
                r.offerId() == null ? null : offered.get(r.offerId())));
    }

    @GET
    @Path("open-count")
    @Operation(summary = "Hoeveel open aanvragen binnen je bereik liggen (voor de werklijst)")
    public OpenCountDto openCount() {
        return new OpenCountDto(requests.countOpen(caller.get()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén aanvraag (het inzien wordt gelogd); de ETag is de versie voor If-Match")
    public Response get(@PathParam("id") String id) {
        return withEtag(requests.open(caller.get(), QueryParameters.id(id, "aanvraag")));
    }

    @POST
    @Path("{id}/link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De aanvraag opnemen: koppelen aan een nieuwkomer binnen je bereik (vraagt If-Match);"
            + " 409 als ze al behandeld werd")
    public Response link(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         LinkInput input) {
        long requestId = QueryParameters.id(id, "aanvraag");
        long expected = Versions.fromIfMatch(ifMatch);
        if (input == null) {
            throw new InvalidInputException("newcomerId", "required", "Kies de nieuwkomer.");
        }
        return withEtag(requests.link(caller.get(), requestId, expected, input.newcomerId()));
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De aanvraag niet opvolgen, met een reden (vraagt If-Match); 409 als ze al behandeld werd")
    public Response decline(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            DeclineInput input) {
        long requestId = QueryParameters.id(id, "aanvraag");
        long expected = Versions.fromIfMatch(ifMatch);
        return withEtag(requests.decline(caller.get(), requestId, expected, input == null ? null : input.reason()));
    }

    private Response withEtag(ParticipationRequest r) {
        PlaceableOffer offer = r.offerId() == null ? null : offers.offer(r.offerId()).orElse(null);
        return Response.ok(ParticipationRequestDto.of(r, places.place(r.municipalityNis()).orElse(null), offer))
                .tag(Versions.etag(r.version())).build();
    }
}
