package be.vierdepijler.web.api.funding;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.funding.application.FundingProjects;
import be.vierdepijler.regions.funding.domain.Commitment;
import be.vierdepijler.regions.funding.domain.ProjectDetails;
import be.vierdepijler.regions.funding.domain.ProjectFilter;
import be.vierdepijler.regions.funding.domain.ProjectListing;
import be.vierdepijler.regions.funding.domain.ProjectRepository;
import be.vierdepijler.regions.funding.domain.ProjectStatus;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The projects of the funding calls: award, commitments, status with its history, extensions. */
@Path("funding/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Financiering", description = "Oproepen en projecten")
public class FundingProjectResource {

    @Inject
    FundingProjects projects;

    @Inject
    PlaceDirectory places;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Operation(summary = "Projecten, gepagineerd; te filteren op oproep, status, netwerk, gemeente, trajecttype en"
            + " naam (q); een coördinator ziet de projecten van zijn netwerken")
    public PageDto<ProjectDto> list(@QueryParam("call") String call, @QueryParam("status") String status,
                                    @QueryParam("network") String network,
                                    @QueryParam("municipality") String municipality,
                                    @QueryParam("type") String type, @QueryParam("q") String q,
                                    @QueryParam("page") String page, @QueryParam("size") String size,
                                    @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, ProjectRepository.SORTABLE, "name");
        Long callId = parameters.number("call", call);
        ProjectStatus statusFilter = parameters.code("status", status, ProjectStatus::byCode, ProjectStatus.codes(),
                "status");
        parameters.check();
        Page<ProjectListing> found = projects.find(caller.get(), new ProjectFilter(callId, statusFilter,
                QueryParameters.text(network), QueryParameters.text(municipality), QueryParameters.text(type),
                QueryParameters.text(q)), request);
        Set<String> nis = new HashSet<>();
        found.items().forEach(l -> nis.addAll(l.project().municipalityNis()));
        Map<String, MunicipalityPlace> names = places.places(nis);
        return PageDto.of(found, l -> ProjectDto.of(l, names, this::typeLabel));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén project met zijn statusgeschiedenis en verlengingen")
    public Response get(@PathParam("id") String id) {
        return withEtag(projects.get(caller.get(), QueryParameters.id(id, "project")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een project vastleggen, met status ingediend (beheerder)")
    public Response register(ProjectInput input) {
        ProjectListing created = projects.register(caller.get(), details(input));
        return Response.created(UriBuilder.fromResource(FundingProjectResource.class).path("{id}")
                        .build(created.project().id()))
                .entity(dto(created)).tag(Versions.etag(created.project().version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een project wijzigen, de status niet (beheerder; vraagt If-Match)")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ProjectInput input) {
        long projectId = QueryParameters.id(id, "project");
        long expected = Versions.fromIfMatch(ifMatch);
        return withEtag(projects.change(caller.get(), projectId, expected, details(input)));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De status van een project wijzigen, met datum en notitie (beheerder; vraagt If-Match);"
            + " 409 wanneer de levenscyclus het niet toelaat")
    public Response changeStatus(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 StatusChangeInput input) {
        long projectId = QueryParameters.id(id, "project");
        long expected = Versions.fromIfMatch(ifMatch);
        if (input == null || input.to() == null || input.to().isBlank()) {
            throw new InvalidInputException("to", "required", "Kies de nieuwe status: "
                    + String.join(", ", ProjectStatus.codes()) + ".");
        }
        ProjectStatus to = ProjectStatus.byCode(input.to().strip()).orElseThrow(() -> new InvalidInputException("to",
                "unknown-status", "Onbekende status '" + input.to() + "'; mogelijk: "
                + String.join(", ", ProjectStatus.codes()) + "."));
        return withEtag(projects.changeStatus(caller.get(), projectId, expected, to, input.decisionDate(),
                input.note()));
    }

    @POST
    @Path("{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een project verlengen: nieuwe einddatum, extra bedrag, datum van de beslissing (beheerder;"
            + " vraagt If-Match)")
    public Response extend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ExtensionInput input) {
        long projectId = QueryParameters.id(id, "project");
        long expected = Versions.fromIfMatch(ifMatch);
        if (input == null) {
            throw new InvalidInputException("body", "required", "Stuur de verlenging als JSON.");
        }
        return withEtag(projects.extend(caller.get(), projectId, expected, input.endDate(), input.extraAmount(),
                input.decisionDate(), input.note()));
    }

    private Response withEtag(ProjectListing listing) {
        return Response.ok(dto(listing)).tag(Versions.etag(listing.project().version())).build();
    }

    private ProjectDto dto(ProjectListing listing) {
        return ProjectDto.of(listing, projects.placesOf(listing.project()), this::typeLabel);
    }

    private String typeLabel(String typeId) {
        return types.find(typeId).map(t -> t.label().nl()).orElse(typeId);
    }

    private static ProjectDetails details(ProjectInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "required", "Stuur de gegevens van het project als JSON.");
        }
        List<Commitment> commitments = in.commitments() == null ? List.of() : in.commitments().stream()
                .map(c -> c == null ? new Commitment(0, null) : new Commitment(c.budgetYear() == null ? 0
                        : c.budgetYear(), c.amount())).toList();
        return new ProjectDetails(in.callId(), in.leadOrganisationId(), in.leadName(), in.involvedGovernments(),
                in.municipalityNis(), QueryParameters.text(in.networkId()), in.name(), in.description(),
                in.expectedResult(), in.trajectoryTypeIds(), in.requestedAmount(), in.ownFinancing(),
                in.awardedAmount(), Boolean.TRUE.equals(in.awardToBeDetermined()), in.awardMaximum(), commitments,
                in.startDate(), in.endDate());
    }
}
