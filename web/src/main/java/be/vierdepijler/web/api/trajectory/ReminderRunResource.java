package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.trajectory.application.ConfirmationReminders;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reminders of e-mailed confirmation links, sent now by an administrator (they also go every hour). */
@Path("confirmation-reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trajecten")
public class ReminderRunResource {

    @Inject
    ConfirmationReminders reminders;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @POST
    @Operation(summary = "Nu de herinneringen sturen: elke gemailde link van minstens 7 dagen oud waarvan de plaatsing"
            + " nog openstaande uren heeft, krijgt een nieuwe link per e-mail; antwoordt hoeveel (alleen beheerders)")
    public Map<String, Integer> run() {
        return Map.of("sent", reminders.runFor(caller.get()));
    }
}
