package be.vierdepijler.web.api.audit;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.audit.application.AuditEntry;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
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

/** The audit trail of personal data, for administrators. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Wie wijzigde of las welke persoonsgegevens, wanneer")
public class AuditResource {

    @Inject
    AuditLog audit;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Path("changes")
    @Operation(summary = "Wijzigingen van persoonsgegevens, nieuwste eerst (kind=user, buddy, newcomer of trajectory,"
            + " standaard user; id om te beperken)")
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    public PageDto<AuditEntry> changes(@QueryParam("kind") String kind, @QueryParam("id") String id,
                                       @QueryParam("page") String page, @QueryParam("size") String size,
                                       @QueryParam("sort") String sort) {
        PageRequest request = QueryParameters.pageRequest(page, size, sort, AuditLog.SORTABLE, "at");
        Long subject = null;
        if (id != null && !id.isBlank()) {
            try {
                subject = Long.parseLong(id.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("id", "not-a-number", "Moet een id (getal) zijn, niet '" + id + "'.");
            }
        }
        String kindCode = QueryParameters.text(kind);
        return PageDto.of(audit.changes(caller.get(), kindCode == null ? AuditLog.USER : kindCode, subject, request),
                e -> e);
    }

    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    @GET
    @Path("reads")
    @Operation(summary = "Wie opende welk persoonsdossier, nieuwste eerst (kind, id, by om te beperken)")
    public PageDto<ReadDto> reads(@QueryParam("kind") String kind, @QueryParam("id") String id,
                                  @QueryParam("by") String by, @QueryParam("page") String page,
                                  @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest request = QueryParameters.pageRequest(page, size, sort, AuditLog.SORTABLE, "at");
        return PageDto.of(audit.reads(caller.get(), QueryParameters.text(kind), QueryParameters.text(id),
                QueryParameters.text(by), request), ReadDto::of);
    }
}
