package be.vierdepijler.web.api.progress;

import be.vierdepijler.core.trajectory.application.ProgressLinks;
import be.vierdepijler.core.trajectory.application.ProgressLinks.Progress;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.confirmation.QrCodes;
import be.vierdepijler.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The newcomer's own progress page behind their personal link: the token in the path is the only credential and
 * gives exactly one trajectory. Never cached (Cache-Control: no-store). Unknown or malformed tokens 404; expired and
 * revoked links 410 with {@code reason} {@code expired} or {@code revoked}.
 */
@Path("public/progress")
@RequestScoped
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voortgang", description = "De eigen voortgangspagina van de inburgeraar, via een persoonlijke link")
public class PublicProgressResource {

    @Inject
    ProgressLinks progressLinks;

    @Context
    UriInfo uri;

    @GET
    @Path("{token}")
    @Operation(summary = "De uren van één traject voor de inburgeraar zelf: voornaam, status, doel, bevestigde en"
            + " open uren, wat nog nodig is en per activiteit; labels in lang (en of nl; anders de taal van de link)")
    public Response progress(@PathParam("token") String token, @QueryParam("lang") String lang) {
        Progress p = progressLinks.progress(token, QueryParameters.text(lang));
        ProgressDto dto = new ProgressDto(p.firstName(), p.language(), p.status(), p.targetHours(),
                p.confirmedHours(), p.pendingHours(), p.remainingHours(), p.activities().stream()
                .map(a -> new ProgressDto.Activity(a.title(), a.typeLabel(), a.categoryLabel(), a.confirmedHours(),
                        a.pendingHours(), a.lastDay())).toList(), p.expiresAt());
        return Response.ok(dto).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{token}/qr")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "De link als QR-code (PNG), om af te drukken of te scannen met de telefoon")
    public Response qr(@PathParam("token") String token) {
        progressLinks.progress(token, null);
        String target = progressLinks.address(token, uri.getBaseUri().resolve("/").toString());
        return Response.ok(QrCodes.png(target, 300), "image/png").header("Cache-Control", "no-store").build();
    }
}
