package be.vierdepijler.web.api.buddy;

import be.vierdepijler.core.buddy.application.BuddyDirectory;
import be.vierdepijler.core.buddy.application.BuddyForm;
import be.vierdepijler.core.buddy.domain.BuddyReference;
import be.vierdepijler.core.buddy.domain.BuddySettings;
import be.vierdepijler.core.buddy.domain.ScreeningStatus;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.web.security.BodyLimit;
import be.vierdepijler.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
 * The public form on which a volunteer registers as a buddy themselves, like mijnbuddy.be: no sign-in, and so no
 * session and no CSRF token to check (a cross-site post can do no more than the form itself). Guards that need no
 * state: a honeypot field, a limit on the body and on every field. The answer is 202 with a reference only.
 */
@Path("public/buddy-registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publiek", description = "Zonder aanmelden: zelf inschrijven als buddy")
public class BuddyRegistrationResource {

    /** Far more than the longest honest form (every field at its maximum is about 3 KB). */
    static final int MAX_BODY = 16 * 1024;
    private static final Logger LOG = Logger.getLogger(BuddyRegistrationResource.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String THANKS = "Bedankt voor je inschrijving als buddy! De buddywerking van je regio neemt"
            + " contact met je op voor een kennismakingsgesprek. Vermeld deze referentie als je zelf contact opneemt.";

    @Inject
    BuddyDirectory buddies;

    @POST
    @PublicEndpoint
    @BodyLimit(MAX_BODY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Het antwoord bevat niets persoonlijks. Is het lokveld website ingevuld, dan komt"
            + " dezelfde 202 en wordt niets bewaard. Elk veld heeft een maximale lengte, elke lijst een maximale"
            + " grootte, de body hoogstens 16 KB (413 daarboven). Een coördinator screent elke inschrijving; beperk"
            + " het aantal aanvragen per adres aan de reverse proxy.",
            summary = "Zelf inschrijven als buddy (zonder aanmelden); toestemming voor koppelen is vereist."
            + " Antwoordt 202 met een referentie")
    @RequestBody(description = "Het profiel van de vrijwilliger; website is een lokveld dat het formulier verbergt"
            + " en leeg laat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "vrijwilliger", summary = "Een vrijwilliger in Brugge",
                            value = "{\"firstName\": \"Lotte\", \"lastName\": \"Peeters\", \"email\":"
                                + " \"lotte@example.org\", \"municipalityNis\": \"31005\", \"languages\": [\"nl\","
                                + " \"en\"], \"interests\": [\"cooking\"], \"availability\": [\"wed-evening\"],"
                                + " \"capacity\": 1, \"consents\": {\"matching\": true}, \"website\": \"\"}")))
    public Response register(RegistrationInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "required", "Stuur je gegevens als JSON.");
        }
        if (input.website() != null && !input.website().isEmpty()) {
            // A robot filled in the field people do not see: answered like a success, so it learns nothing.
            LOG.info("Buddy self-registration dropped: honeypot filled in");
            return accepted(BuddyReference.random(RANDOM));
        }
        String reference = buddies.registerSelf(new BuddyForm(BuddyResource.profile(new BuddyInput(input.firstName(),
                input.lastName(), input.email(), input.phone(), input.municipalityNis(), input.languages(),
                input.interests(), input.availability(), null, null, null, null, null, null)),
                BuddySettings.initial(input.capacity()), input.consents())).reference();
        return accepted(reference);
    }

    private static Response accepted(String reference) {
        return Response.accepted(new RegistrationReceiptDto(reference, ScreeningStatus.REGISTERED.code(), THANKS))
                .build();
    }
}
