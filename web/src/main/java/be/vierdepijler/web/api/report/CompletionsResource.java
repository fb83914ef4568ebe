package be.vierdepijler.web.api.report;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.report.application.PeriodReports;
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

/** Voltooide trajecten per netwerk in een periode, verplicht en rechthebbend, en de trajecten die op de laatste dag van de periode (of vandaag) lopen, met de totalen (vraag 173, 2025). */
@Path("reports/completions")
@RequestScoped
@Tag(name = "Rapporten", description = "Geaggregeerde cijfers, nooit een persoon")
public class CompletionsResource {

    @Inject
    PeriodReports reports;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    @Operation(summary = "Voltooide trajecten per netwerk in een periode, verplicht en rechthebbend, en de trajecten die op de laatste dag van de periode (of vandaag) lopen, met de totalen (vraag 173, 2025)." + ReportRequests.FILTERS)
    public Response completions(@QueryParam("network") String network, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("published") String published,
                                @QueryParam("format") String format, @QueryParam("table") String table,
                                @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        DownloadFormat answer = Reports.format(parameters, format, headers);
        var filter = ReportRequests.filter(parameters, network, from, to, published);
        parameters.check();
        return Reports.answer(reports.completions(caller.get(), filter), answer, table);
    }
}
