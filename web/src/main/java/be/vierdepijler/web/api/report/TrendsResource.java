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

/** Completions and confirmed hours per network and month over the last months: the dashboard's trend chart. */
@Path("reports/trends")
@RequestScoped
@Tag(name = "Rapporten", description = "Geaggregeerde cijfers, nooit een persoon")
public class TrendsResource {

    @Inject
    PeriodReports reports;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    @Operation(summary = "Voltooide trajecten (tabel completions) en bevestigde uren volgens de dag van prestatie"
            + " (tabel hours) per netwerk en per maand, de laatste months= maanden (1-60, standaard 24; de huidige"
            + " maand in België inbegrepen), met een totaalkolom en een totaalrij. Filters: network=, published=true."
            + " Als JSON, CSV (format=csv, table=completions of hours) of Excel (format=xlsx).")
    public Response trends(@QueryParam("network") String network, @QueryParam("months") String months,
                           @QueryParam("published") String published, @QueryParam("format") String format,
                           @QueryParam("table") String table, @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        DownloadFormat answer = Reports.format(parameters, format, headers);
        Long count = parameters.number("months", months);
        Boolean publish = parameters.bool("published", published);
        parameters.check();
        return Reports.answer(reports.trends(caller.get(), QueryParameters.text(network),
                count == null ? null : (int) Math.min(count, Integer.MAX_VALUE), Boolean.TRUE.equals(publish)),
                answer, table);
    }
}
