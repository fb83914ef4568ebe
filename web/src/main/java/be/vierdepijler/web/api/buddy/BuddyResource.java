package be.vierdepijler.web.api.buddy;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.buddy.application.BuddyDirectory;
import be.vierdepijler.core.buddy.application.BuddyForm;
import be.vierdepijler.core.buddy.application.BuddyReport;
import be.vierdepijler.core.buddy.domain.Buddy;
import be.vierdepijler.core.buddy.domain.BuddyFilter;
import be.vierdepijler.core.buddy.domain.BuddyProfile;
import be.vierdepijler.core.buddy.domain.BuddyRepository;
import be.vierdepijler.core.buddy.domain.BuddySettings;
import be.vierdepijler.core.buddy.domain.BuddyStatus;
import be.vierdepijler.core.buddy.domain.RegistrationChannel;
import be.vierdepijler.core.buddy.domain.ScreeningStatus;
import be.vierdepijler.core.buddy.domain.TrainingStatus;
import be.vierdepijler.core.privacy.application.PersonalDataService;
import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.Languages;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buddies (volunteers of the buddy scheme): the scoped list, one buddy, registering and changing, the report, privacy. */
@Path("buddies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Buddy's", description = "Vrijwilligers van de buddywerking: screening, vorming, duo's, toestemming")
public class BuddyResource {

    @Inject
    BuddyDirectory buddies;

    @Inject
    PersonalDataService personalData;

    @Inject
    PlaceDirectory places;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Operation(summary = "Buddy's binnen je bereik, gepagineerd; te filteren op naam of referentie (q), netwerk,"
            + " gemeente, screening, vorming, status, beschikbaar, taal, interesse en registeredBy; sort=name,"
            + " registeredAt, freeDuos")
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    public PageDto<BuddyDto> list(@QueryParam("q") String q, @QueryParam("network") String network,
                                  @QueryParam("municipality") String municipality,
                                  @QueryParam("screening") String screening,
                                  @QueryParam("training") String training, @QueryParam("status") String status,
                                  @QueryParam("available") String available,
                                  @QueryParam("language") String language,
                                  @QueryParam("interest") String interest,
                                  @QueryParam("registeredBy") String registeredBy, @QueryParam("page") String page,
                                  @QueryParam("size") String size, @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, BuddyRepository.SORTABLE, "name");
        ScreeningStatus screeningFilter = parameters.code("screening", screening, ScreeningStatus::byCode,
                ScreeningStatus.codes(), "screening");
        TrainingStatus trainingFilter = parameters.code("training", training, TrainingStatus::byCode,
                TrainingStatus.codes(), "vorming");
        BuddyStatus statusFilter = parameters.code("status", status, BuddyStatus::byCode, BuddyStatus.codes(),
                "status");
        Boolean availableFilter = parameters.bool("available", available);
        String languageFilter = parameters.code("language", language, Languages::normalise,
                List.of("nl", "fr", "en", "ar", "…"), "taalcode (ISO 639-1)");
        Interest interestFilter = parameters.code("interest", interest, Interest::byCode, Interest.codes(),
                "interesse");
        RegistrationChannel channel = parameters.code("registeredBy", registeredBy, RegistrationChannel::byCode,
                RegistrationChannel.codes(), "manier van inschrijven");
        parameters.check();
        Page<Buddy> found = buddies.find(caller.get(), new BuddyFilter(QueryParameters.text(q),
                QueryParameters.text(network), QueryParameters.text(municipality), screeningFilter, trainingFilter,
                statusFilter, availableFilter, languageFilter, interestFilter == null ? null : interestFilter.code(),
                channel),
                request);
        Map<String, MunicipalityPlace> where = places.places(found.items().stream().map(Buddy::municipalityNis)
                .collect(Collectors.toSet()));
        return PageDto.of(found, b -> BuddyDto.of(b, where.get(b.municipalityNis())));
    }

    @GET
    @Path("report")
    @Operation(summary = "Aantallen buddy's per provincie of netwerk (by=province|network), binnen je bereik;"
            + " ook voor raadplegers")
    public BuddyReportDto report(@QueryParam("by") String by) {
        QueryParameters parameters = new QueryParameters();
        BuddyReport.GroupBy groupBy = parameters.code("by", by, BuddyReport.GroupBy::byCode,
                BuddyReport.GroupBy.codes(), "groepering");
        parameters.check();
        return BuddyReportDto.of(buddies.report(caller.get(), groupBy == null ? BuddyReport.GroupBy.NETWORK
                : groupBy));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén buddy (het inzien wordt gelogd)")
    public Response get(@PathParam("id") String id) {
        return withEtag(buddies.open(caller.get(), QueryParameters.id(id, "buddy")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een buddy inschrijven na een intake (beheerder, coördinator of trajectbegeleider van het"
            + " netwerk); toestemming voor koppelen is vereist")
    public Response register(BuddyInput input) {
        BuddyInput in = required(input);
        BuddySettings defaults = BuddySettings.initial(in.capacity());
        Buddy created = buddies.register(caller.get(), new BuddyForm(profile(in), new BuddySettings(
                in.screening() == null ? defaults.screening() : in.screening(),
                in.training() == null ? defaults.training() : in.training(), in.trainedOn(), defaults.capacity(),
                in.status() == null ? defaults.status() : in.status()), in.consents()));
        return Response.created(UriBuilder.fromResource(BuddyResource.class).path("{id}").build(created.id()))
                .entity(dto(created)).tag(Versions.etag(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een buddy wijzigen: profiel, screening, vorming, capaciteit, status, toestemmingen"
            + " (vraagt If-Match)")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           BuddyInput input) {
        long buddyId = QueryParameters.id(id, "buddy");
        long expected = Versions.fromIfMatch(ifMatch);
        BuddyInput in = required(input);
        return withEtag(buddies.change(caller.get(), buddyId, expected, new BuddyForm(profile(in),
                new BuddySettings(in.screening(), in.training(), in.trainedOn(), in.capacity(), in.status()),
                in.consents())));
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "Alles wat over deze buddy bewaard wordt (recht op inzage), als JSON; het inzien wordt"
            + " gelogd")
    public Response export(@PathParam("id") String id) {
        long buddyId = QueryParameters.id(id, "buddy");
        return Exports.attachment(personalData.export(caller.get(), BuddyDirectory.KIND, buddyId),
                "buddy-" + buddyId + "-gegevens.json");
    }

    @POST
    @Path("{id}/erasure")
    @Operation(summary = "Een buddy wissen (pseudonimiseren, ook in de audit-historiek); de aantallen blijven"
            + " (beheerder, coördinator van het netwerk)")
    public ErasureDto erase(@PathParam("id") String id) {
        return ErasureDto.of(personalData.erase(caller.get(), BuddyDirectory.KIND, QueryParameters.id(id, "buddy")));
    }

    private Response withEtag(Buddy buddy) {
        return Response.ok(dto(buddy)).tag(Versions.etag(buddy.version())).build();
    }

    private BuddyDto dto(Buddy buddy) {
        return BuddyDto.of(buddy, places.place(buddy.municipalityNis()).orElse(null));
    }

    static BuddyProfile profile(BuddyInput in) {
        return new BuddyProfile(in.firstName(), in.lastName(), in.email(), in.phone(), in.municipalityNis(),
                in.languages(), in.interests(), in.availability());
    }

    private static BuddyInput required(BuddyInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "required", "Stuur de gegevens van de buddy als JSON.");
        }
        return input;
    }
}
