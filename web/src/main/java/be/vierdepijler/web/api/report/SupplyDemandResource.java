package be.vierdepijler.web.api.report;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.report.application.SupplyDemandReports;
import be.vierdepijler.core.report.domain.SupplyDemand;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.network.application.NetworkDirectory;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.Languages;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Demand against offer per network: the newcomers waiting per municipality and trajectory type beside the free places
 * of the open offers and the free duos of the available buddies, as JSON or as a CSV file for Excel.
 */
@Path("reports/supply-demand")
@RequestScoped
@Tag(name = "Rapporten", description = "Geaggregeerde cijfers, nooit een persoon")
public class SupplyDemandResource {

    static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    @Inject
    SupplyDemandReports reports;

    @Inject
    NetworkDirectory networks;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    // XLSX too, so that format=xlsx (which the list downloads turn into an Accept header) reaches the method and is
    // refused there at the field, not with a 406
    @Produces({MediaType.APPLICATION_JSON, CSV, be.vierdepijler.web.api.table.DownloadFormat.XLSX_TYPE})
    @Operation(summary = "Vraag en aanbod van een netwerk (network= verplicht), per gemeente en trajecttype: de"
            + " wachtende inburgeraars (intake, of actief zonder lopende plaatsing) voor wie het type past, naast de"
            + " vrije plaatsen van het open aanbod en de vrije duo's van beschikbare buddy's; het verschil en of de"
            + " vraag groter is. Als CSV-bestand met format=csv of Accept: text/csv")
    public Response supplyDemand(@QueryParam("network") String network, @QueryParam("format") String format,
                                 @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        boolean csv = csv(parameters, QueryParameters.text(format), headers);
        parameters.check();
        SupplyDemand report = reports.report(caller.get(), network);
        String networkName = networks.get(report.networkId()).network().name();
        if (csv) {
            SupplyDemandDto dutch = SupplyDemandDto.of(report, networkName, types, LocalizedText.DUTCH);
            return Response.ok(SupplyDemandCsv.write(dutch.rows()), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"vraag-aanbod-" + report.networkId()
                            + ".csv\"")
                    .build();
        }
        return Response.ok(SupplyDemandDto.of(report, networkName, types, Languages.preferred(headers)),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * CSV when {@code format=csv}, JSON when {@code format=json}; without it, whichever of the two the Accept header
     * prefers (JSON for anything else, {@code *}{@code /*} included).
     */
    private static boolean csv(QueryParameters parameters, String format, HttpHeaders headers) {
        if (format != null) {
            if (!format.equals("csv") && !format.equals("json")) {
                parameters.add(new FieldViolation("format", "unknown-format", "Kies csv of json, niet '" + format
                        + "'."));
            }
            return format.equals("csv");
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(CSV_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
