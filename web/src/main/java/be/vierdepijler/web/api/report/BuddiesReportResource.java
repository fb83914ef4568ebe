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

/** Buddies per province and per network with their profile (languages, availability, interests): vraag 154 of 2023. */
@Path("reports/buddies")
@RequestScoped
@Tag(name = "Rapporten", description = "Geaggregeerde cijfers, nooit een persoon")
public class BuddiesReportResource {

    @Inject
    PeriodReports reports;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    @Operation(summary = "Buddy's per provincie (van de gemeente waar ze wonen) en per netwerk, met hoeveel er"
            + " gescreend en gevormd zijn, en hun profiel: per taal, per moment van beschikbaarheid en per interesse"
            + " (vraag 154, 2023). Geteld: actief, niet geweigerd, toestemming om gekoppeld te worden; nooit een"
            + " persoon. Filters: network=, published=true. Als JSON, CSV (format=csv, table=provinces, networks,"
            + " languages, availability of interests) of Excel (format=xlsx).")
    public Response buddies(@QueryParam("network") String network, @QueryParam("published") String published,
                            @QueryParam("format") String format, @QueryParam("table") String table,
                            @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        DownloadFormat answer = Reports.format(parameters, format, headers);
        Boolean publish = parameters.bool("published", published);
        parameters.check();
        return Reports.answer(reports.buddies(caller.get(), QueryParameters.text(network),
                Boolean.TRUE.equals(publish)), answer, table);
    }
}
