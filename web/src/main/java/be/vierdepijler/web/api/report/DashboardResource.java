package be.vierdepijler.web.api.report;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.report.application.BuddyFigures;
import be.vierdepijler.core.report.application.TrajectoryReports;
import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.network.application.NetworkDirectory;
import be.vierdepijler.regions.offer.application.OfferFigures;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Aggregated figures: the dashboard of a network, for everyone who counts trajectories (viewers too). */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rapporten", description = "Geaggregeerde cijfers, nooit een persoon")
public class DashboardResource {

    @Inject
    TrajectoryReports reports;

    @Inject
    OfferFigures offers;

    @Inject
    BuddyFigures buddies;

    @Inject
    NetworkDirectory networks;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Path("dashboard")
    @Operation(summary = "Het dashboard van een netwerk (network=), of van alles binnen je bereik zonder netwerk:"
            + " nieuwkomers met een traject, trajecten per status, voltooid (verplicht/rechthebbend), bevestigde uren"
            + " (deze maand of month=2026-11, en per rapporteringscategorie), aanbod met vrije plaatsen, beschikbare"
            + " buddy's")
    public DashboardDto dashboard(@QueryParam("network") String network, @QueryParam("month") String month,
                                  @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        YearMonth wanted = month(parameters, QueryParameters.text(month));
        parameters.check();
        String networkId = QueryParameters.text(network);
        ReportScope scope = reports.scope(caller.get(), networkId);
        String networkName = networkId == null ? null : networks.get(networkId).network().name();
        return DashboardDto.of(networkId, networkName, scope.municipalityNis(), reports.figures(scope, wanted),
                offers.today(scope), buddies.count(scope), types, Languages.preferred(headers));
    }

    private static YearMonth month(QueryParameters parameters, String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(raw);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        parameters.add(new FieldViolation("month", "not-a-month", "Geef een maand als 2026-11, niet '" + raw
                + "'."));
        return null;
    }
}
