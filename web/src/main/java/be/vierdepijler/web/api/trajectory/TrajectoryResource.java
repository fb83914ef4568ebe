package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.application.Certificates;
import be.vierdepijler.core.trajectory.application.HourEntries;
import be.vierdepijler.core.trajectory.application.HourEntries.Decision;
import be.vierdepijler.core.trajectory.application.Referrals;
import be.vierdepijler.core.trajectory.application.TrajectoryService;
import be.vierdepijler.core.trajectory.application.TrajectoryView;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.HourFilter;
import be.vierdepijler.core.trajectory.domain.HourStatus;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryFilter;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Participation trajectories: intake to completion, hours and their confirmation, certificate, referral.
 *
 * <p>Longer than 300 lines because its OpenAPI annotations carry the rules and example bodies of the API document;
 * every method only reads its input and hands it to one application service.
 */
@Path("trajectories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trajecten", description = "Participatie- en netwerktrajecten: uren, bevestiging, attest, doorverwijzing")
public class TrajectoryResource {

    @Inject
    TrajectoryService trajectories;

    @Inject
    HourEntries hourEntries;

    @Inject
    Certificates certificates;

    @Inject
    Referrals referrals;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    CertificatePdf certificatePdf;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Operation(summary = "Trajecten binnen je bereik, gepagineerd; te filteren op netwerk, gemeente, status,"
            + " trajectbegeleider (counsellor), inburgeraar (newcomer) en naam (q); sorteren op opened, name, status,"
            + " confirmedHours, deadline")
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    public PageDto<TrajectoryDto> list(@QueryParam("network") String network,
                                       @QueryParam("municipality") String municipality,
                                       @QueryParam("status") String status,
                                       @QueryParam("counsellor") String counsellor,
                                       @QueryParam("newcomer") String newcomer, @QueryParam("q") String q,
                                       @QueryParam("page") String page, @QueryParam("size") String size,
                                       @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        // newest first unless asked otherwise
        PageRequest request = parameters.page(page, size, QueryParameters.text(sort) == null ? "-opened" : sort,
                TrajectoryRepository.SORTABLE, "opened");
        TrajectoryStatus statusFilter = parameters.code("status", status, TrajectoryStatus::byCode,
                TrajectoryStatus.codes(), "status");
        Inputs inputs = new Inputs();
        Long newcomerId = inputs.id("newcomer", newcomer, false);
        parameters.check();
        inputs.check();
        return PageDto.of(trajectories.find(caller.get(), new TrajectoryFilter(QueryParameters.text(network),
                QueryParameters.text(municipality), statusFilter, QueryParameters.text(counsellor), newcomerId, q),
                request), v -> TrajectoryDto.of(v, types));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Een inburgeraar heeft hoogstens één open traject (intake of actief). Starten vraagt dat"
            + " de inburgeraar in aanmerking komt of dat er een afwijking met motivering is. Een doel verschillend"
            + " van 40 uur vraagt een reden (targetReason). Voltooien gebeurt nooit met de hand: de bevestiging die"
            + " het doel bereikt voltooit het traject.",
            summary = "Een traject openen (intake) voor een inburgeraar zonder open traject; met activate=true"
            + " meteen gestart (409 not-eligible en geen traject als de inburgeraar niet in aanmerking komt)")
    @RequestBody(description = "Het plan van het nieuwe traject: voor wie, hoeveel uren (standaard 40, anders met"
            + " reden), tegen wanneer en wie het begeleidt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "traject", summary = "Een traject openen en meteen starten",
                            value = "{\"newcomerId\": 42, \"targetHours\": 40, \"deadline\": \"2027-06-30\","
                                + " \"counsellor\": \"an.peeters\", \"activate\": true}")))
    public Response open(TrajectoryInput input) {
        Inputs.requireBody(input, "het traject");
        Inputs inputs = new Inputs();
        Long newcomerId = inputs.id("newcomerId", text(input.newcomerId()), true);
        Trajectory.Plan plan = plan(input, inputs);
        boolean activate = Boolean.TRUE.equals(input.activate());
        if (input.activate() != null && !(input.activate() instanceof Boolean)) {
            throw new InvalidInputException("activate", "not-a-boolean", "Geef true of false.");
        }
        inputs.check();
        TrajectoryView created = trajectories.open(caller.get(), newcomerId, plan, activate);
        return Response.created(UriBuilder.fromResource(TrajectoryResource.class).path("{id}")
                        .build(created.trajectory().id())).entity(TrajectoryDto.of(created, types))
                .tag(Versions.etag(created.trajectory().version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén traject met de voortgang en de bevestigde uren per rapporteringscategorie")
    public Response get(@PathParam("id") String id) {
        return withEtag(trajectories.get(caller.get(), QueryParameters.id(id, "traject")));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Doel, deadline of trajectbegeleider wijzigen (vraagt If-Match)")
    public Response changePlan(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               TrajectoryInput input) {
        long trajectoryId = QueryParameters.id(id, "traject");
        long expected = Versions.fromIfMatch(ifMatch);
        Inputs.requireBody(input, "het plan");
        Inputs inputs = new Inputs();
        Trajectory.Plan plan = plan(input, inputs);
        inputs.check();
        return withEtag(trajectories.changePlan(caller.get(), trajectoryId, expected, plan));
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "intake gaat naar active (vraagt dat de inburgeraar in aanmerking komt of een"
            + " afwijking), intake of active naar stopped of exempted (met reden). Een afgesloten traject gaat"
            + " nergens meer heen: het neemt geen uren of beslissingen meer aan, zijn open links sluiten en zijn"
            + " wachtende uren vervallen (lapsed).",
            summary = "Het traject starten (to=active), stopzetten (stopped) of vrijstellen (exempted), met"
            + " reden; voltooien gebeurt vanzelf. If-Match mag.")
    public Response transition(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               TransitionInput input) {
        long trajectoryId = QueryParameters.id(id, "traject");
        Long expected = ifMatch == null ? null : Versions.fromIfMatch(ifMatch);
        Inputs.requireBody(input, "de overgang");
        QueryParameters parameters = new QueryParameters();
        TrajectoryStatus to = parameters.code("to", input.to(), TrajectoryStatus::byCode, TrajectoryStatus.codes(),
                "status");
        if (to == null && QueryParameters.text(input.to()) == null) {
            throw new be.vierdepijler.core.shared.InvalidInputException("to", "required",
                    "Geef de nieuwe status: active, stopped of exempted.");
        }
        parameters.check();
        return withEtag(trajectories.transition(caller.get(), trajectoryId, expected, to, input.reason()));
    }

    @GET
    @Path("{id}/hours")
    @Operation(summary = "De uren van een traject, gepagineerd; te filteren op plaatsing (placement), status"
            + " (pending, confirmed, rejected), from en to (datums); sorteren op date of reported")
    public PageDto<HourEntryDto> hours(@PathParam("id") String id, @QueryParam("placement") String placement,
                                       @QueryParam("status") String status, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("page") String page,
                                       @QueryParam("size") String size, @QueryParam("sort") String sort) {
        long trajectoryId = QueryParameters.id(id, "traject");
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, TrajectoryRepository.HOURS_SORTABLE, "date");
        HourStatus statusFilter = parameters.code("status", status, HourStatus::byCode, HourStatus.codes(),
                "status");
        Inputs inputs = new Inputs();
        Long placementId = inputs.id("placement", placement, false);
        LocalDate fromDate = inputs.date("from", from);
        LocalDate toDate = inputs.date("to", to);
        parameters.check();
        inputs.check();
        return PageDto.of(hourEntries.hours(caller.get(), trajectoryId,
                new HourFilter(placementId, statusFilter, fromDate, toDate), request), HourEntryDto::of);
    }

    @POST
    @Path("{id}/hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Alleen op een actief traject (anders 409). Uren in de stappen van het type"
            + " (kwartieren), niet in de toekomst, niet voor het begin of na het einde van de plaatsing, niet boven"
            + " het dagmaximum van het type en samen hoogstens 24 uur per persoon per dag, over al zijn plaatsingen"
            + " en trajecten. Uren van voor de opening van het traject mogen binnen het terugwerkende venster"
            + " (VP_BACKDATE_DAYS, standaard 90 dagen) en krijgen recordedAfterwards=true. Alleen bevestigde uren"
            + " tellen mee.",
            summary = "Uren registreren (te bevestigen): niet in de toekomst, niet buiten de plaatsing, niet boven"
            + " het dagmaximum van het type, hoogstens 24 uur per persoon per dag")
    @RequestBody(description = "Gewerkte uren op één dag in één plaatsing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "uren", summary = "Twee en een half uur op een woensdag",
                            value = "{\"placementId\": 7, \"date\": \"2026-11-25\", \"hours\": 2.5, \"note\":"
                                + " \"Onthaal in het buurthuis\"}")))
    public Response report(@PathParam("id") String id, HourInput input) {
        long trajectoryId = QueryParameters.id(id, "traject");
        Inputs.requireBody(input, "de uren");
        Inputs inputs = new Inputs();
        Long placementId = inputs.id("placementId", text(input.placementId()), true);
        LocalDate date = inputs.date("date", input.date());
        if (date == null && QueryParameters.text(input.date()) == null) {
            inputs.add(new FieldViolation("date", "required", "Geef de dag waarop de uren gepresteerd zijn."));
        }
        BigDecimal hours = inputs.decimal("hours", text(input.hours()));
        inputs.check();
        HourEntry entry = hourEntries.reportHours(caller.get(), trajectoryId, placementId, date, hours,
                input.note());
        return Response.created(UriBuilder.fromResource(TrajectoryResource.class).path("{id}/hours/{entry}")
                .build(trajectoryId, entry.id())).entity(HourEntryDto.of(entry)).build();
    }

    @POST
    @Path("{id}/hours/{entry}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Alleen op een actief traject. Wordt een traject voltooid, stopgezet of vrijgesteld, dan"
            + " vervallen de uren die nog wachten (lapsed): niemand beslist ze nog en ze tellen nooit mee voor het"
            + " doel.",
            summary = "Uren bevestigen of afwijzen als trajectbegeleider, coördinator of contactpersoon van de"
            + " organisatie; bereiken de bevestigde uren het doel, dan is het traject voltooid")
    public DecisionDto decide(@PathParam("id") String id, @PathParam("entry") String entry, DecisionInput input) {
        long trajectoryId = QueryParameters.id(id, "traject");
        long entryId = QueryParameters.id(entry, "urenregistratie");
        boolean confirm = confirm(input);
        Decision decision = hourEntries.decide(caller.get(), trajectoryId, entryId, confirm, input.reason());
        return new DecisionDto(HourEntryDto.of(decision.entry()), decision.status().code(),
                decision.confirmedHours(), decision.completed());
    }

    @GET
    @Path("{id}/certificate")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Het attest (PDF, Nederlands) van een voltooid traject: uren per categorie en een"
            + " verificatiecode")
    public Response certificate(@PathParam("id") String id) {
        long trajectoryId = QueryParameters.id(id, "traject");
        Certificates.CertificateData data = certificates.certificate(caller.get(), trajectoryId);
        return Response.ok(certificatePdf.render(data), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"attest-" + trajectoryId + ".pdf\"")
                .build();
    }

    @POST
    @Path("{id}/referral")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Alleen een open traject, naar een gemeente van een ander netwerk, met een motivering."
            + " De inburgeraar, het traject, de plaatsingen en de uren gaan mee (lopende plaatsingen blijven lopen);"
            + " het verzendende netwerk ziet ze niet meer. Een verhuis binnen het netwerk is een gewone wijziging van"
            + " de inburgeraar (PUT /newcomers/{id}).",
            summary = "Doorverwijzen naar het netwerk van de nieuwe gemeente (warme overdracht): het traject en"
            + " de uren gaan mee. If-Match mag.")
    public ReferralDto refer(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             ReferralInput input) {
        long trajectoryId = QueryParameters.id(id, "traject");
        Long expected = ifMatch == null ? null : Versions.fromIfMatch(ifMatch);
        Inputs.requireBody(input, "de doorverwijzing");
        return ReferralDto.of(referrals.refer(caller.get(), trajectoryId, expected, input.municipalityNis(),
                input.motivation(), input.handoverNote()));
    }

    @GET
    @Path("{id}/referrals")
    @Operation(summary = "De doorverwijzingen van een traject, oudste eerst, met de overdrachtsnota")
    public List<ReferralDto> referrals(@PathParam("id") String id) {
        return referrals.referrals(caller.get(), QueryParameters.id(id, "traject")).stream()
                .map(ReferralDto::of).toList();
    }

    static boolean confirm(DecisionInput input) {
        Inputs.requireBody(input, "de beslissing");
        String decision = QueryParameters.text(input.decision());
        if ("confirm".equals(decision)) {
            return true;
        }
        if ("reject".equals(decision)) {
            return false;
        }
        throw new be.vierdepijler.core.shared.InvalidInputException("decision", decision == null ? "required"
                : "unknown-decision", "Geef 'confirm' of 'reject'.");
    }

    private Response withEtag(TrajectoryView view) {
        return Response.ok(TrajectoryDto.of(view, types)).tag(Versions.etag(view.trajectory().version())).build();
    }

    private static Trajectory.Plan plan(TrajectoryInput input, Inputs inputs) {
        return new Trajectory.Plan(inputs.decimal("targetHours", text(input.targetHours())), input.targetReason(),
                inputs.date("deadline", input.deadline()), input.counsellor());
    }

    static String text(Object raw) {
        if (raw == null) {
            return null;
        }
        return raw instanceof BigDecimal d ? d.toPlainString() : raw.toString();
    }
}
