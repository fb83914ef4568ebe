package be.vierdepijler.web.api.organisation;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.organisation.application.OrganisationDirectory;
import be.vierdepijler.regions.organisation.domain.ContactPerson;
import be.vierdepijler.regions.organisation.domain.OrganisationDetails;
import be.vierdepijler.regions.organisation.domain.OrganisationFilter;
import be.vierdepijler.regions.organisation.domain.OrganisationKind;
import be.vierdepijler.regions.organisation.domain.OrganisationListing;
import be.vierdepijler.regions.organisation.domain.OrganisationRepository;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partner organisations and their contact persons. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisaties", description = "Partnerorganisaties en hun contactpersonen")
public class OrganisationResource {

    @Inject
    OrganisationDirectory organisations;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    @GET
    @Operation(summary = "Organisaties, gepagineerd; te filteren op netwerk, gemeente, soort, actief en naam (q)")
    public PageDto<OrganisationDto> list(@QueryParam("network") String network,
                                         @QueryParam("municipality") String municipality,
                                         @QueryParam("kind") String kind, @QueryParam("active") String active,
                                         @QueryParam("q") String q, @QueryParam("page") String page,
                                         @QueryParam("size") String size, @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, OrganisationRepository.SORTABLE, "name");
        OrganisationKind kindFilter = parameters.code("kind", kind, OrganisationKind::byCode,
                OrganisationKind.codes(), "soort");
        Boolean activeFilter = parameters.bool("active", active);
        parameters.check();
        Caller me = caller.get();
        return PageDto.of(organisations.find(new OrganisationFilter(QueryParameters.text(network),
                QueryParameters.text(municipality),
                kindFilter, q, activeFilter), request), l -> OrganisationDto.of(l,
                OrganisationDirectory.maySeeContacts(me, l)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén organisatie; de contactpersonen alleen binnen je bereik")
    public Response get(@PathParam("id") String id) {
        return withEtag(organisations.get(QueryParameters.id(id, "organisatie")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een organisatie registreren (beheerder, coördinator van het netwerk, lokaal bestuur)")
    public Response register(OrganisationInput input) {
        OrganisationListing created = organisations.register(caller.get(), details(input));
        return Response.created(UriBuilder.fromResource(OrganisationResource.class).path("{id}")
                        .build(created.organisation().id()))
                .entity(OrganisationDto.of(created, true)).tag(Versions.etag(created.organisation().version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een organisatie wijzigen, contactpersonen inbegrepen (vraagt If-Match)")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           OrganisationInput input) {
        long organisationId = QueryParameters.id(id, "organisatie");
        long expected = Versions.fromIfMatch(ifMatch);
        return withEtag(organisations.change(caller.get(), organisationId, expected, details(input)));
    }

    /** The body of {@code PUT /organisations/{id}/public-listing}. */
    public record PublicListingInput(Boolean publicListing) {
    }

    @PUT
    @Path("{id}/public-listing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De toestemming van de organisatie om haar goedgekeurde aanbod in de publieke zoeker te tonen"
            + " vastleggen of intrekken (wie de organisatie mag wijzigen); wie en wanneer worden bewaard")
    @RequestBody(description = "true: de organisatie stemt in; false: ze trekt haar toestemming in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "toestemming",
                    summary = "De organisatie stemt in", value = "{\"publicListing\": true}")))
    public Response listPublicly(@PathParam("id") String id, PublicListingInput input) {
        if (input == null || input.publicListing() == null) {
            throw new InvalidInputException("publicListing", "required",
                    "Geef aan of de organisatie publiek getoond mag worden (true of false).");
        }
        return withEtag(organisations.listPublicly(caller.get(), QueryParameters.id(id, "organisatie"),
                input.publicListing()));
    }

    private Response withEtag(OrganisationListing listing) {
        return Response.ok(OrganisationDto.of(listing, OrganisationDirectory.maySeeContacts(caller.get(), listing)))
                .tag(Versions.etag(listing.organisation().version())).build();
    }

    private static OrganisationDetails details(OrganisationInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "required", "Stuur de gegevens van de organisatie als JSON.");
        }
        OrganisationKind kind = null;
        if (in.kind() != null) {
            kind = OrganisationKind.byCode(in.kind()).orElseThrow(() -> new InvalidInputException("kind",
                    "unknown-kind", "Onbekend soort '" + in.kind() + "'; mogelijk: "
                    + String.join(", ", OrganisationKind.codes()) + "."));
        }
        List<ContactPerson> contacts = in.contacts() == null ? List.of() : in.contacts().stream()
                .map(c -> new ContactPerson(c.name() == null ? "" : c.name(), c.functionTitle(), c.email(),
                        c.phone())).toList();
        return new OrganisationDetails(in.name(), kind, in.municipalityNis(), in.address(), in.website(),
                in.description(), in.active() == null || in.active(), contacts);
    }
}
