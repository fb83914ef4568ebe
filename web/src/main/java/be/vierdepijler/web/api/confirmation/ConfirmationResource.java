package be.vierdepijler.web.api.confirmation;

import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.trajectory.application.ConfirmationService;
import be.vierdepijler.core.trajectory.application.LinkMails;
import be.vierdepijler.core.trajectory.application.ConfirmationService.LinkOutcome;
import be.vierdepijler.core.trajectory.application.ConfirmationService.LinkView;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The digital proof of participation: the offer's contact person opens a personal link (or scans its QR code) and
 * confirms or rejects the hours, without an account. The token in the path is the only credential.
 */
@Path("public/confirmations")
@RequestScoped
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bevestiging", description = "Bewijs van deelname: uren bevestigen via een persoonlijke link")
public class ConfirmationResource {


    @Inject
    ConfirmationService confirmations;

    @Inject
    LinkMails linkMails;

    @Context
    UriInfo uri;

    @GET
    @Path("{token}")
    @Operation(summary = "De uren die deze link laat bevestigen: voornaam, aanbod, datums en uren")
    public ConfirmationDto view(@PathParam("token") String token) {
        LinkView view = confirmations.view(token);
        return new ConfirmationDto(view.firstName(), view.offerTitle(), view.contactName(), view.expiresAt(),
                view.entries().stream().map(e -> new ConfirmationDto.Item(e.id(), e.date(), e.hours())).toList(),
                view.entries().stream().map(HourEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                view.entries().isEmpty());
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De uren bevestigen (decision=confirm) of afwijzen (reject, met reden): alle of die in"
            + " entryIds; de rest blijft via dezelfde link te beslissen tot ze vervalt (409 nothing-to-confirm als"
            + " er niets meer openstaat)")
    public LinkDecisionDto decide(@PathParam("token") String token, LinkDecisionInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "required", "Stuur je beslissing als JSON.");
        }
        String decision = QueryParameters.text(input.decision());
        if (!"confirm".equals(decision) && !"reject".equals(decision)) {
            throw new InvalidInputException("decision", decision == null ? "required" : "unknown-decision",
                    "Geef 'confirm' of 'reject'.");
        }
        LinkOutcome outcome = confirmations.decide(token, "confirm".equals(decision), input.reason(),
                input.entryIds() == null ? null : Set.copyOf(input.entryIds()));
        return new LinkDecisionDto(outcome.confirmed(), outcome.rejected(), outcome.confirmedHours(),
                outcome.completed(), outcome.remaining());
    }

    @GET
    @Path("{token}/qr")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "De link als QR-code (PNG) om af te drukken")
    public Response qr(@PathParam("token") String token) {
        confirmations.view(token);
        String target = linkMails.address(token, uri.getBaseUri().resolve("/").toString());
        return Response.ok(QrCodes.png(target, 300), "image/png").header("Cache-Control", "no-store").build();
    }
}
