package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.trajectory.application.ProgressLinks;
import be.vierdepijler.core.trajectory.application.ProgressLinks.IssuedLink;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The newcomer's own progress links of a trajectory (issue 17): made in the newcomer's language, handed over or
 * e-mailed, listed with their state and revoked, by those who may change the trajectory.
 */
@Path("trajectories/{id}/progress-links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trajecten")
public class ProgressLinkResource {

    @Inject
    ProgressLinks progressLinks;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een persoonlijke, vervallende link (180 dagen) waarmee de inburgeraar zonder account de"
            + " eigen uren volgt, in de gekozen taal; de url met het token wordt alleen nu getoond. Met \"email\" wordt"
            + " hij gemaild; mail.status zegt of hij vertrekt (queued) of dat er geen mailserver is (not-configured)")
    @RequestBody(description = "De taal van de pagina (nl, en, fr, ar, uk, tr, fa) en eventueel het e-mailadres"
            + " waarnaar de link gaat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "voortgangslink", summary = "Een link in het Arabisch, gemaild",
                            value = "{\"language\": \"ar\", \"email\": \"amal@example.org\"}")))
    public Response issue(@PathParam("id") String id, ProgressLinkInput input) {
        long trajectoryId = QueryParameters.id(id, "traject");
        ProgressLinkInput in = input == null ? new ProgressLinkInput(null, null) : input;
        IssuedLink link = progressLinks.issue(caller.get(), trajectoryId, in.language(), in.email(),
                uri.getBaseUri().resolve("/").toString());
        String token = link.token();
        return Response.status(Response.Status.CREATED).entity(new ProgressLinkDto(link.link().id(), link.url(),
                "/api/v1/public/progress/" + token + "/qr", link.link().language(), link.link().expiresAt(),
                link.mail() == null ? null : new ProgressLinkDto.Mail(link.mail().recipient(),
                        link.mail().status().code()))).build();
    }

    @GET
    @Operation(summary = "De voortgangslinks van een traject, nieuwste eerst: taal, door wie, tot wanneer, actief,"
            + " verlopen of ingetrokken, en waar hun mail staat")
    public List<ProgressLinkStatusDto> list(@PathParam("id") String id) {
        return progressLinks.links(caller.get(), QueryParameters.id(id, "traject")).stream()
                .map(ProgressLinkStatusDto::of).toList();
    }

    @DELETE
    @Path("{link}")
    @Operation(summary = "Een voortgangslink intrekken: de pagina antwoordt daarna 410 (revoked); de link blijft"
            + " bewaard als ingetrokken")
    public ProgressLinkStatusDto revoke(@PathParam("id") String id, @PathParam("link") String link) {
        return ProgressLinkStatusDto.of(progressLinks.revoke(caller.get(), QueryParameters.id(id, "traject"),
                QueryParameters.id(link, "voortgangslink")));
    }
}
