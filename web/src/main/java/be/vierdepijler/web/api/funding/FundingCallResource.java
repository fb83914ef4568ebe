package be.vierdepijler.web.api.funding;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.funding.application.FundingCalls;
import be.vierdepijler.regions.funding.domain.CallKind;
import be.vierdepijler.regions.funding.domain.FunderShare;
import be.vierdepijler.regions.funding.domain.FundingCall;
import be.vierdepijler.regions.funding.domain.FundingCallDetails;
import be.vierdepijler.regions.funding.domain.FundingCallFilter;
import be.vierdepijler.regions.funding.domain.FundingCallRepository;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Funding calls (oproepen, budget articles). */
@Path("funding/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Financiering", description = "Oproepen en projecten")
public class FundingCallResource {

    @Inject
    FundingCalls calls;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Operation(summary = "Oproepen, gepagineerd; te filteren op soort en referentie of naam (q)")
    public PageDto<FundingCallDto> list(@QueryParam("kind") String kind, @QueryParam("q") String q,
                                        @QueryParam("page") String page, @QueryParam("size") String size,
                                        @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, FundingCallRepository.SORTABLE, "reference");
        CallKind kindFilter = parameters.code("kind", kind, CallKind::byCode, CallKind.codes(), "soort");
        parameters.check();
        return PageDto.of(calls.find(caller.get(), new FundingCallFilter(kindFilter, QueryParameters.text(q)),
                request), FundingCallDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén oproep")
    public Response get(@PathParam("id") String id) {
        return withEtag(calls.get(caller.get(), QueryParameters.id(id, "oproep")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een oproep vastleggen (beheerder)")
    public Response register(FundingCallInput input) {
        FundingCall created = calls.register(caller.get(), details(input));
        return Response.created(UriBuilder.fromResource(FundingCallResource.class).path("{id}").build(created.id()))
                .entity(FundingCallDto.of(created)).tag(Versions.etag(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een oproep wijzigen (beheerder; vraagt If-Match)")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           FundingCallInput input) {
        long callId = QueryParameters.id(id, "oproep");
        long expected = Versions.fromIfMatch(ifMatch);
        return withEtag(calls.change(caller.get(), callId, expected, details(input)));
    }

    private static Response withEtag(FundingCall call) {
        return Response.ok(FundingCallDto.of(call)).tag(Versions.etag(call.version())).build();
    }

    private static FundingCallDetails details(FundingCallInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "required", "Stuur de gegevens van de oproep als JSON.");
        }
        CallKind kind = null;
        if (in.kind() != null) {
            kind = CallKind.byCode(in.kind()).orElseThrow(() -> new InvalidInputException("kind", "unknown-kind",
                    "Onbekend soort '" + in.kind() + "'; mogelijk: " + String.join(", ", CallKind.codes()) + "."));
        }
        List<FunderShare> funders = in.funders() == null ? List.of() : in.funders().stream()
                .map(f -> f == null ? new FunderShare(null, null) : new FunderShare(f.funder(), f.sharePercent()))
                .toList();
        return new FundingCallDetails(in.reference(), in.name(), kind, funders, in.totalBudget(), in.maxPerProject(),
                in.minOwnFinancingPercent(), in.eligibleApplicants(), in.startFrom(), in.startUntil(),
                in.durationMonths(), in.description());
    }
}
