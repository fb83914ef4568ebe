package be.vierdepijler.web.api.report;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.regions.funding.application.FundingReports;
import be.vierdepijler.regions.funding.application.NetworkFundingReport;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.web.api.table.Reports;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The funding questions of parliament, per call: its projects (vraag 120), their extensions (vraag 154) and the
 * commitments per budget year (vraag 162); and per network the budget beside what it produced. Each as JSON, CSV ({@code table=} names the table) or XLSX.
 */
@Path("reports/funding")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
@Tag(name = "Rapporten", description = "Geaggregeerde cijfers, nooit een persoon")
public class FundingReportResource {

    @Inject
    FundingReports reports;

    @Inject
    NetworkFundingReport networkFunding;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Path("call-projects")
    @Operation(summary = "De projecten van een oproep (call= id verplicht): ingediend, geselecteerd of niet, de"
            + " gekozen trajecttypes en het toegekende bedrag; met tabellen per status en per trajecttype (vraag 120)")
    public Response callProjects(@QueryParam("call") String call, @QueryParam("format") String format,
                                 @QueryParam("table") String table, @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        DownloadFormat as = Reports.format(parameters, format, headers);
        long callId = call(parameters, call);
        parameters.check();
        return Reports.answer(reports.callProjects(caller.get(), callId), as, table);
    }

    @GET
    @Path("extensions")
    @Operation(summary = "De geselecteerde projecten van een oproep (call= id verplicht): verlengd of niet en tot"
            + " wanneer, verdergezet zonder subsidie, per trajecttype (vraag 154)")
    public Response extensions(@QueryParam("call") String call, @QueryParam("format") String format,
                               @QueryParam("table") String table, @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        DownloadFormat as = Reports.format(parameters, format, headers);
        long callId = call(parameters, call);
        parameters.check();
        return Reports.answer(reports.extensions(caller.get(), callId), as, table);
    }

    @GET
    @Path("commitments")
    @Operation(summary = "De projecten van een oproep of begrotingsartikel (call= id verplicht) met omschrijving,"
            + " te verwachten resultaat en bedrag; met year= de vastleggingen van dat begrotingsjaar (vraag 162)")
    public Response commitments(@QueryParam("call") String call, @QueryParam("year") String year,
                                @QueryParam("format") String format, @QueryParam("table") String table,
                                @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        DownloadFormat as = Reports.format(parameters, format, headers);
        long callId = call(parameters, call);
        Long budgetYear = parameters.number("year", year);
        parameters.check();
        return Reports.answer(reports.commitments(caller.get(), callId,
                budgetYear == null ? null : (int) Math.min(budgetYear, 100_000)), as, table);
    }

    @GET
    @Path("networks")
    @Operation(summary = "Per netwerk: het bedrag van een regionale verdeling (allocation= id, anders de nieuwste), wat"
            + " de toegekende projecten opbrachten per financier (call= om één oproep te tellen), en wat de trajecten"
            + " in de periode (from=, to=) opleverden: voltooide trajecten, bevestigde uren, kost per traject en per uur")
    public Response networks(@QueryParam("network") String network, @QueryParam("call") String call,
                             @QueryParam("allocation") String allocation, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("format") String format,
                             @QueryParam("table") String table, @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        DownloadFormat as = Reports.format(parameters, format, headers);
        Long callId = parameters.number("call", call);
        Long allocationId = parameters.number("allocation", allocation);
        java.time.LocalDate fromDay = parameters.date("from", from);
        java.time.LocalDate toDay = parameters.date("to", to);
        parameters.check();
        return Reports.answer(networkFunding.report(caller.get(), QueryParameters.text(network), callId, allocationId,
                fromDay, toDay), as, table);
    }

    private static long call(QueryParameters parameters, String call) {
        Long id = parameters.number("call", call);
        if (id == null && QueryParameters.text(call) == null) {
            parameters.add(new FieldViolation("call", "required", "Kies een oproep (call=)."));
        }
        return id == null ? 0 : id;
    }
}
