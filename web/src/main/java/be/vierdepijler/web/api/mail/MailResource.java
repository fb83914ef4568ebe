package be.vierdepijler.web.api.mail;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.mail.application.Outbox;
import be.vierdepijler.core.mail.domain.MailFilter;
import be.vierdepijler.core.mail.domain.MailOutbox;
import be.vierdepijler.core.mail.domain.MailStatus;
import be.vierdepijler.core.mail.domain.OutboxMail;
import be.vierdepijler.core.shared.FieldViolation;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mail outbox, for administrators: what went out, what waits for a retry, what failed and why. */
@Path("mails")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail", description = "Uitgaande e-mails (outbox): status, pogingen, fouten; nooit de inhoud")
public class MailResource {

    @Inject
    Outbox outbox;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Operation(summary = "De uitgaande e-mails, nieuwste eerst (status=queued, sending, sent, failed of"
            + " not-configured; kind om te beperken); alleen beheerders, nooit de inhoud")
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    public PageDto<MailDto> list(@QueryParam("status") String status, @QueryParam("kind") String kind,
                                 @QueryParam("page") String page, @QueryParam("size") String size,
                                 @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        MailStatus statusFilter = parameters.code("status", status, MailStatus::byCode, MailStatus.codes(),
                "status");
        String kindFilter = QueryParameters.text(kind);
        if (kindFilter != null && kindFilter.length() > OutboxMail.MAX_KIND) {
            parameters.add(new FieldViolation("kind", "too-long", "Een soort heeft hoogstens " + OutboxMail.MAX_KIND
                    + " tekens."));
        }
        PageRequest request = parameters.page(page, size, Optional.ofNullable(QueryParameters.text(sort))
                .orElse("-created"), MailOutbox.SORTABLE, "created");
        parameters.check();
        return PageDto.of(outbox.list(caller.get(), new MailFilter(statusFilter, kindFilter), request), MailDto::of);
    }
}
