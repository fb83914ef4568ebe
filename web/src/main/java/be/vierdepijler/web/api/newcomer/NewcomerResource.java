package be.vierdepijler.web.api.newcomer;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.newcomer.application.NewcomerService;
import be.vierdepijler.core.newcomer.application.NewcomerService.NewcomerView;
import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.newcomer.domain.NewcomerDetails;
import be.vierdepijler.core.newcomer.domain.NewcomerFilter;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.privacy.application.PersonalDataService;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.Versions;
import be.vierdepijler.web.api.privacy.ErasureDto;
import be.vierdepijler.web.api.privacy.Exports;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Newcomers (inburgeraars): intake, eligibility and its override, and their rights of access and erasure. */
@Path("newcomers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inburgeraars", description = "Intake van inburgeraars en hun toelaatbaarheid")
public class NewcomerResource {

    @Inject
    NewcomerService newcomers;

    @Inject
    PersonalDataService personalData;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Inburgeraars binnen je bereik, gepagineerd; te filteren op netwerk, gemeente, statuut"
            + " (integrationStatus) en naam (q); sorteren op name of created")
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    public PageDto<NewcomerDto> list(@QueryParam("network") String network,
                                     @QueryParam("municipality") String municipality,
                                     @QueryParam("integrationStatus") String status, @QueryParam("q") String q,
                                     @QueryParam("page") String page, @QueryParam("size") String size,
                                     @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, NewcomerRepository.SORTABLE, "name");
        IntegrationStatus statusFilter = parameters.code("integrationStatus", status, IntegrationStatus::byCode,
                IntegrationStatus.codes(), "statuut");
        parameters.check();
        return PageDto.of(newcomers.find(caller.get(), new NewcomerFilter(QueryParameters.text(network),
                QueryParameters.text(municipality), statusFilter, q), request), n -> NewcomerDto.of(n, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén inburgeraar met de toets aan de voorwaarden (elke regel met zijn reden)")
    public Response get(@PathParam("id") String id) {
        return withEtag(newcomers.get(caller.get(), QueryParameters.id(id, "inburgeraar")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "De gemeente bepaalt het netwerk; ze moet in het bereik van de oproeper liggen. Het"
            + " antwoord zegt per voorwaarde of de inburgeraar in aanmerking komt, met de reden (eligibility).",
            summary = "Een inburgeraar opnemen (trajectbegeleider of coördinator van het netwerk)")
    @RequestBody(description = "Het profiel van de inburgeraar in de gedeelde woordenschat (talen ISO 639-1,"
            + " interesses, weekmomenten) met een toestemming per doel",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "inburgeraar", summary = "Een inburgeraar in Brugge",
                            value = "{\"firstName\": \"Amina\", \"lastName\": \"Haddad\", \"integrationStatus\":"
                                + " \"obliged\", \"municipalityNis\": \"31005\", \"dutchLevel\": \"A2\","
                                + " \"languages\": [\"ar\", \"fr\"], \"interests\": [\"cooking\", \"sport\"],"
                                + " \"availability\": [\"wed-afternoon\", \"sat-morning\"], \"referralChannel\":"
                                + " \"agency\", \"integrationProgress\": \"running\", \"consents\": {\"matching\":"
                                + " true}}")))
    public Response register(NewcomerInput input) {
        NewcomerView created = newcomers.register(caller.get(), details(input));
        return Response.created(UriBuilder.fromResource(NewcomerResource.class).path("{id}")
                        .build(created.newcomer().id()))
                .entity(NewcomerDto.of(created.newcomer(), created.eligibility()))
                .tag(Versions.etag(created.newcomer().version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een inburgeraar wijzigen (vraagt If-Match); een verhuis naar een ander netwerk is een"
            + " doorverwijzing van het traject")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           NewcomerInput input) {
        long newcomerId = QueryParameters.id(id, "inburgeraar");
        long expected = Versions.fromIfMatch(ifMatch);
        return withEtag(newcomers.change(caller.get(), newcomerId, expected, details(input)));
    }

    @POST
    @Path("{id}/eligibility-override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Afwijken van de voorwaarden met een motivering (vraagt If-Match)")
    public Response override(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             OverrideInput input) {
        long newcomerId = QueryParameters.id(id, "inburgeraar");
        long expected = Versions.fromIfMatch(ifMatch);
        return withEtag(newcomers.overrideEligibility(caller.get(), newcomerId, expected,
                input == null ? null : input.motivation()));
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "Alles wat over deze inburgeraar bewaard wordt (recht op inzage): profiel, toestemmingen,"
            + " trajecten met plaatsingen, uren, beslissingen, bevestigingslinks, doorverwijzingen, koppelingen,"
            + " wijzigingen en inzages; als JSON-bestand; het inzien wordt gelogd (trajectbegeleider of coördinator"
            + " van het netwerk, beheerder)")
    public Response export(@PathParam("id") String id) {
        long newcomerId = QueryParameters.id(id, "inburgeraar");
        return Exports.attachment(personalData.export(caller.get(), NewcomerService.AUDIT_KIND, newcomerId),
                "inburgeraar-" + newcomerId + "-gegevens.json");
    }

    @POST
    @Path("{id}/erasure")
    @Operation(summary = "Een inburgeraar wissen (pseudonimiseren, ook in de audit-historiek) wanneer elk traject"
            + " afgesloten is; trajecten, uren en categorieën blijven meetellen (beheerder, coördinator van het"
            + " netwerk)")
    public ErasureDto erase(@PathParam("id") String id) {
        return ErasureDto.of(personalData.erase(caller.get(), NewcomerService.AUDIT_KIND,
                QueryParameters.id(id, "inburgeraar")));
    }

    private Response withEtag(NewcomerView view) {
        return Response.ok(NewcomerDto.of(view.newcomer(), view.eligibility()))
                .tag(Versions.etag(view.newcomer().version())).build();
    }

    private NewcomerDetails details(NewcomerInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "required", "Stuur de gegevens van de inburgeraar als JSON.");
        }
        return NewcomerDetails.parse(new NewcomerDetails.Raw(in.firstName(), in.lastName(), in.email(), in.phone(),
                in.integrationStatus(), in.municipalityNis(), in.dutchLevel(), in.languages(), in.interests(),
                in.availability(), in.referralChannel(), in.integrationContractDate(), in.integrationProgress(),
                in.integrationEndedOn(), in.consents()), LocalDate.now(clock));
    }
}
