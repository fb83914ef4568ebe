package be.vierdepijler.web.api.offer;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.regions.offer.application.OfferApprovals;
import be.vierdepijler.regions.offer.domain.ApprovalChecklist;
import be.vierdepijler.regions.offer.domain.OfferListing;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.Versions;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The approval of an offer for the public finder, against the decree's checklist. */
@Path("offers/{id}/approval")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aanbod")
public class OfferApprovalResource {

    /** The checklist as the coordinator records it. */
    public record ChecklistInput(Boolean dutchSetting, Boolean newContacts, Boolean groupOrDuo,
                                 Integer hoursPossible) {
    }

    @Inject
    OfferApprovals approvals;

    @Inject
    OfferResource offers;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een aanbod goedkeuren voor de publieke zoeker (coördinator van het netwerk, beheerder)",
            description = "Elk criterium van een participatieactiviteit moet gelden: Nederlandstalige omgeving,"
                    + " contact met nieuwe mensen buiten de eigen kring, in groep of duo, en minstens 10 uren"
                    + " mogelijk. Anders 400 met het criterium dat niet geldt. Wie en wanneer worden bewaard; een"
                    + " latere wijziging van titel, beschrijving, soort, categorie of gemeente doet de goedkeuring"
                    + " vervallen. If-Match met de ETag van het aanbod zoals de coördinator het las is verplicht (428"
                    + " zonder, 412 als het intussen wijzigde): goedgekeurd wordt wat gelezen werd.")
    @RequestBody(description = "De checklist", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "checklist", summary = "Elk criterium geldt",
                    value = "{\"dutchSetting\": true, \"newContacts\": true, \"groupOrDuo\": true,"
                            + " \"hoursPossible\": 20}")))
    public Response approve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ChecklistInput input) {
        long offerId = QueryParameters.id(id, "aanbod");
        long expected = Versions.fromIfMatch(ifMatch);
        if (input == null) {
            throw new InvalidInputException("body", "required", "Stuur de checklist als JSON.");
        }
        Caller me = caller.get();
        return withEtag(approvals.approve(me, offerId, expected, new ApprovalChecklist(
                input.dutchSetting(), input.newContacts(), input.groupOrDuo(), input.hoursPossible())));
    }

    @DELETE
    @Operation(summary = "De goedkeuring voor de publieke zoeker intrekken: het aanbod verdwijnt uit de zoeker",
            description = "If-Match met de ETag van het aanbod is verplicht (428 zonder, 412 als het intussen wijzigde).")
    public Response withdraw(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long offerId = QueryParameters.id(id, "aanbod");
        return withEtag(approvals.withdraw(caller.get(), offerId, Versions.fromIfMatch(ifMatch)));
    }

    private Response withEtag(OfferListing listing) {
        return Response.ok(offers.dto(caller.get(), listing, offers.today()))
                .tag(Versions.etag(listing.offer().version())).build();
    }
}
