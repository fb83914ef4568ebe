package be.vierdepijler.web.api.participation;

import be.vierdepijler.core.participation.application.AttemptRaceException;
import be.vierdepijler.core.participation.application.DuplicateRaceException;
import be.vierdepijler.core.participation.application.ParticipationRequests;
import be.vierdepijler.core.participation.application.RequestReceipt;
import be.vierdepijler.core.participation.application.TooManyRequestsException;
import be.vierdepijler.core.participation.domain.RequestForm;
import be.vierdepijler.core.participation.domain.RequestReference;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.web.security.BodyLimit;
import be.vierdepijler.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "I want to take part" on the public finder: no sign-in, and so no session and no CSRF token to check. Guards
 * without a third party: a honeypot field, a limit on the body and every field, and a limit per client address and
 * per hour counted in the database (the address kept only as a salted hash). The answer names nothing personal.
 */
@Path("public/participation-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publiek", description = "Zonder aanmelden: aanbod zoeken en vragen om deel te nemen")
public class PublicParticipationRequestResource {

    /** Far more than the longest honest form (every field at its maximum is under 1 KB). */
    static final int MAX_BODY = 4 * 1024;
    private static final Logger LOG = Logger.getLogger(PublicParticipationRequestResource.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECEIVED = "received";
    private static final int RACE_RETRIES = 5;

    @Inject
    ParticipationRequests requests;

    @Context
    HttpServletRequest http;

    @POST
    @PublicEndpoint
    @BodyLimit(MAX_BODY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vragen om deel te nemen (zonder aanmelden): voornaam, gemeente, telefoon of e-mail,"
            + " toestemming. Antwoordt 202 met een referentie",
            description = "De aanvraag gaat naar de trajectbegeleiders van het netwerk van de gemeente (en naar de"
            + " organisatie van het aanbod als shareWithOrganisation waar is). Een herhaling (zelfde contact, zelfde"
            + " aanbod, nog open) krijgt dezelfde referentie met duplicate=true en bewaart niets nieuws. Is het"
            + " lokveld website ingevuld, dan komt dezelfde 202 en wordt niets bewaard. Hoogstens 5 pogingen per"
            + " adres per uur (instelbaar), daarboven 429 met Retry-After. Het antwoord bevat niets persoonlijks.")
    @RequestBody(description = "De aanvraag; language is nl, en, fr, ar, uk, tr of fa; consent moet true zijn;"
            + " website is een lokveld dat het formulier verbergt en leeg laat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "aanvraag", summary = "Amina in Poperinge wil meedoen",
                            value = "{\"firstName\": \"Amina\", \"municipalityNis\": \"33021\", \"phone\":"
                                + " \"0470 12 34 56\", \"email\": null, \"offerId\": 12, \"language\": \"ar\","
                                + " \"consent\": true, \"shareWithOrganisation\": true, \"website\": \"\"}")))
    public Response submit(ParticipationRequestInput input) {
        countAttempt(ClientAddress.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")));
        if (input == null) {
            throw new InvalidInputException("body", "required", "Stuur je aanvraag als JSON.");
        }
        if (input.website() != null && !input.website().isEmpty()) {
            // A robot filled in the field people do not see: answered like a success, so it learns nothing.
            LOG.info("Participation request dropped: honeypot filled in");
            return accepted(new RequestReceipt(RequestReference.random(RANDOM), false));
        }
        RequestForm form = new RequestForm(input.firstName(), input.municipalityNis(), input.phone(), input.email(),
                input.offerId(), input.language(), input.consent(), input.shareWithOrganisation());
        for (int attempt = 1; ; attempt++) {
            try {
                return accepted(requests.submit(form));
            } catch (DuplicateRaceException e) {
                // An equal request was written at the same moment: once it is committed, it is there to be found.
                if (attempt == RACE_RETRIES) {
                    // still not readable after every retry: a clear 409 to send again, never a 500
                    throw new ConflictException("busy", "Dezelfde aanvraag komt tegelijk binnen. Stuur ze zo"
                            + " meteen opnieuw.");
                }
                pause(attempt);
            }
        }
    }

    /** Counts the attempt; one that met another of the same address at the same moment is counted again. */
    private void countAttempt(String address) {
        for (int attempt = 1; ; attempt++) {
            try {
                requests.countAttempt(address);
                return;
            } catch (AttemptRaceException e) {
                if (attempt == RACE_RETRIES) {
                    throw new TooManyRequestsException("Er komen van je adres te veel aanvragen tegelijk. Probeer het"
                            + " zo meteen opnieuw.", 1);
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Response accepted(RequestReceipt receipt) {
        return Response.accepted(new ParticipationReceiptDto(receipt.reference(), receipt.duplicate(), RECEIVED))
                .build();
    }
}
