package be.vierdepijler.web.api.worklist;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.worklist.application.Worklist;
import be.vierdepijler.core.worklist.domain.WorklistReason;
import be.vierdepijler.core.worklist.domain.WorklistRepository;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The counsellors' worklist: open trajectories that need attention, and why. */
@Path("worklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Werklijst", description = "Open trajecten die aandacht vragen, met de reden")
public class WorklistResource {

    @Inject
    Worklist worklist;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Operation(summary = "De open trajecten (intake of lopend) die aandacht vragen, elk met zijn redenen: no-hours"
            + " (geen uren in N weken, VP_WORKLIST_IDLE_WEEKS), deadline-near (deadline binnen 30 dagen en het doel"
            + " niet gehaald), hours-waiting (uren wachten langer dan 7 dagen op bevestiging), intake-stalled (langer"
            + " dan 14 dagen open zonder plaatsing), needs-rematch (nieuwe buddy nodig). Filters: reason, network,"
            + " counsellor, mine (standaard true voor een trajectbegeleider); sorteren op urgency (standaard), name,"
            + " deadline")
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    public PageDto<WorklistItemDto> list(@QueryParam("reason") String reason, @QueryParam("network") String network,
                                         @QueryParam("counsellor") String counsellor,
                                         @QueryParam("mine") String mine, @QueryParam("page") String page,
                                         @QueryParam("size") String size, @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, WorklistRepository.SORTABLE, "urgency");
        Worklist.Query query = query(parameters, reason, network, counsellor, mine);
        parameters.check();
        return PageDto.of(worklist.find(caller.get(), query, request), WorklistItemDto::of);
    }

    @GET
    @Path("summary")
    @Operation(summary = "Hoeveel open trajecten aandacht vragen en hoeveel per reden, met dezelfde filters als de"
            + " werklijst (network, counsellor, mine): de kaart op het dashboard")
    public WorklistSummaryDto summary(@QueryParam("network") String network,
                                      @QueryParam("counsellor") String counsellor, @QueryParam("mine") String mine) {
        QueryParameters parameters = new QueryParameters();
        Worklist.Query query = query(parameters, null, network, counsellor, mine);
        parameters.check();
        return WorklistSummaryDto.of(query.networkId(), worklist.summary(caller.get(), query), worklist.idleWeeks());
    }

    private static Worklist.Query query(QueryParameters parameters, String reason, String network, String counsellor,
                                        String mine) {
        WorklistReason wanted = parameters.code("reason", reason, WorklistReason::byCode, WorklistReason.codes(),
                "reden");
        Boolean own = parameters.bool("mine", mine);
        return new Worklist.Query(QueryParameters.text(network), QueryParameters.text(counsellor), own, wanted);
    }
}
