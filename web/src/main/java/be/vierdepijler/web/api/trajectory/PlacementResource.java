package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.trajectory.application.PlacementEnding;
import be.vierdepijler.core.trajectory.application.PlacementLinks;
import be.vierdepijler.core.trajectory.application.PlacementLinks.IssuedLink;
import be.vierdepijler.core.trajectory.application.PlacementService;
import be.vierdepijler.core.trajectory.application.TrajectoryService;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.web.api.Languages;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.trajectorytype.AttributesReader;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The placements of a trajectory: in an offer or with a buddy, ended, and their confirmation links. */
@Path("trajectories/{id}/placements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trajecten")
public class PlacementResource {

    private static final Set<String> SORTABLE = Set.of("created");

    @Inject
    PlacementService placements;

    @Inject
    PlacementEnding ending;

    @Inject
    PlacementLinks confirmationLinks;

    @Inject
    TrajectoryService trajectories;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "De plaatsingen van een traject (een organisatie ziet alleen die in haar aanbod)")
    public PageDto<PlacementDto> list(@PathParam("id") String id, @QueryParam("page") String page,
                                      @QueryParam("size") String size, @QueryParam("sort") String sort) {
        long trajectoryId = QueryParameters.id(id, "traject");
        PageRequest request = PageRequest.parse(page, size, sort, SORTABLE, "created");
        return PageDto.of(trajectories.placements(caller.get(), trajectoryId, request), PlacementDto::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Een type dat met een buddy geplaatst wordt vraagt buddyId, elk ander type een aanbod"
            + " van dat type. De verwijzingsvelden van het schema worden uit de plaatsing ingevuld (en geweigerd als"
            + " ze verschillen); het type controleert de overige velden (fouten bij attributes.<veld>). Het"
            + " Nederlands van de inburgeraar moet het niveau van het type en van het aanbod halen. Een plaatsing"
            + " begint niet voor de actieve periode van het aanbod, niet voor het inburgeringscontract en niet meer"
            + " dan VP_BACKDATE_DAYS dagen voor de opening van het traject. De plaats wordt met één voorwaardelijke"
            + " update genomen, zodat een aanbod nooit overboekt raakt.",
            summary = "Een plaatsing in een aanbod (offerId) of met een buddy (buddyId), van een trajecttype, met de"
            + " velden die dat type vraagt (attributes); neemt een plaats van het aanbod of de buddy (409 als er geen"
            + " meer is)")
    @RequestBody(description = "Het type, het aanbod of de buddy, de periode en de velden van het plaatsingsschema"
            + " van het type (attributes; zie /trajectory-types)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "plaatsing", summary = "Vrijwilligerswerk in een aanbod",
                            value = "{\"typeId\": \"volunteering\", \"offerId\": 12, \"startDate\": \"2026-11-02\","
                                + " \"attributes\": {\"role\": \"Onthaal en koffie\", \"insuranceConfirmed\": true}}")))
    public Response place(@PathParam("id") String id, String body) {
        long trajectoryId = QueryParameters.id(id, "traject");
        Map<String, Object> in = AttributesReader.read(body);
        Inputs inputs = new Inputs();
        Object type = in.get("typeId");
        Long offerId = inputs.id("offerId", TrajectoryResource.text(in.get("offerId")), false);
        Long buddyId = inputs.id("buddyId", TrajectoryResource.text(in.get("buddyId")), false);
        var start = inputs.date("startDate", TrajectoryResource.text(in.get("startDate")));
        var end = inputs.date("endDate", TrajectoryResource.text(in.get("endDate")));
        Object attributes = in.get("attributes");
        if (attributes != null && !(attributes instanceof Map)) {
            inputs.add(new FieldViolation("attributes", "not-an-object", "Geef de velden van het type als object."));
        }
        inputs.check();
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = attributes == null ? Map.of() : (Map<String, Object>) attributes;
        Locale locale = Languages.preferred(headers);
        Placement created = placements.place(caller.get(), trajectoryId, new PlacementService.NewPlacement(
                type == null ? null : type.toString(), offerId, buddyId, start, end, fields, locale));
        return Response.created(UriBuilder.fromResource(PlacementResource.class).path("{placement}")
                .build(trajectoryId, created.id())).entity(PlacementDto.of(created)).build();
    }

    @POST
    @Path("{placement}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een plaatsing beëindigen (endDate, standaard vandaag) of annuleren (cancel=true, alleen"
            + " zonder uren); de plaats komt vrij")
    public PlacementDto end(@PathParam("id") String id, @PathParam("placement") String placement, String body) {
        long trajectoryId = QueryParameters.id(id, "traject");
        long placementId = QueryParameters.id(placement, "plaatsing");
        Map<String, Object> in = body == null || body.isBlank() ? Map.of() : AttributesReader.read(body);
        Inputs inputs = new Inputs();
        var day = inputs.date("endDate", TrajectoryResource.text(in.get("endDate")));
        Object cancel = in.get("cancel");
        if (cancel != null && !(cancel instanceof Boolean)) {
            inputs.add(new FieldViolation("cancel", "not-a-boolean", "Geef true of false."));
        }
        inputs.check();
        return PlacementDto.of(ending.end(caller.get(), trajectoryId, placementId, day,
                Boolean.TRUE.equals(cancel)));
    }

    @POST
    @Path("{placement}/confirmation-links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een persoonlijke, vervallende link (en QR-code) voor de contactpersoon van het aanbod om de"
            + " openstaande uren te bevestigen; het token wordt alleen nu getoond. Met \"send\": \"email\" wordt hij"
            + " gemaild (naar \"email\" of het adres van de contactpersoon van het aanbod); mail.status zegt of hij"
            + " vertrekt (queued) of dat er geen mailserver is (not-configured: geef hem zelf door)")
    public Response link(@PathParam("id") String id, @PathParam("placement") String placement, String body) {
        long trajectoryId = QueryParameters.id(id, "traject");
        long placementId = QueryParameters.id(placement, "plaatsing");
        Map<String, Object> in = body == null || body.isBlank() ? Map.of() : AttributesReader.read(body);
        String name = text(in, "contactName");
        String send = text(in, "send");
        String email = text(in, "email");
        if (send != null && !send.equals("email")) {
            throw new InvalidInputException("send", "unknown-channel", "Laat send weg (de link zelf doorgeven) of"
                    + " geef \"email\".");
        }
        if (email != null && send == null) {
            throw new InvalidInputException("send", "required", "Een e-mailadres hoort bij \"send\": \"email\".");
        }
        PlacementLinks.Delivery delivery = send == null ? PlacementLinks.Delivery.BY_HAND
                : new PlacementLinks.Delivery(true, email, uri.getBaseUri().resolve("/").toString());
        IssuedLink link = confirmationLinks.issueLink(caller.get(), trajectoryId, placementId, name, delivery);
        String path = "/api/v1/public/confirmations/" + link.token();
        return Response.status(Response.Status.CREATED).entity(new LinkDto(link.id(), link.token(), path,
                path + "/qr", link.expiresAt(), link.contactName(), link.entries(), link.mail() == null ? null
                : new LinkDto.Mail(link.mail().recipient(), link.mail().status().code()))).build();
    }

    private static String text(Map<String, Object> in, String field) {
        Object value = in.get(field);
        if (value != null && !(value instanceof String)) {
            throw new InvalidInputException(field, "not-a-text", "Geef tekst.");
        }
        return value == null || ((String) value).isBlank() ? null : ((String) value).strip();
    }

    @GET
    @Path("{placement}/confirmation-links")
    @Operation(summary = "De bevestigingslinks van een plaatsing, nieuwste eerst: voor wie, tot wanneer, open,"
            + " verlopen of gesloten (ingetrokken, traject afgesloten, vervangen) en hoeveel uren ze nog dekken")
    public List<LinkStatusDto> links(@PathParam("id") String id, @PathParam("placement") String placement) {
        return confirmationLinks.links(caller.get(), QueryParameters.id(id, "traject"),
                QueryParameters.id(placement, "plaatsing")).stream().map(LinkStatusDto::of).toList();
    }

    @DELETE
    @Path("{placement}/confirmation-links/{link}")
    @Operation(summary = "Een open bevestigingslink intrekken (bv. naar de verkeerde persoon gestuurd); ze blijft"
            + " bewaard als ingetrokken")
    public LinkStatusDto revoke(@PathParam("id") String id, @PathParam("placement") String placement,
                                @PathParam("link") String link) {
        return LinkStatusDto.of(confirmationLinks.revoke(caller.get(), QueryParameters.id(id, "traject"),
                QueryParameters.id(placement, "plaatsing"), QueryParameters.id(link, "bevestigingslink")));
    }
}
