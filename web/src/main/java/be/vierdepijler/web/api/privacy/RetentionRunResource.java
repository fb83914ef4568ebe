package be.vierdepijler.web.api.privacy;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.privacy.application.RetentionJob;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retention job, run now by an administrator (it also runs every night on every node). */
@Path("privacy/retention-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy", description = "Bewaartermijn: personen van wie de termijn verstreek pseudonimiseren")
public class RetentionRunResource {

    @Inject
    RetentionJob retention;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @POST
    @Operation(summary = "Nu pseudonimiseren wie over de bewaartermijn is (VP_RETENTION_MONTHS): inburgeraars van wie"
            + " elk traject zo lang afgesloten is, gestopte buddy's; antwoordt de aantallen (alleen beheerders)")
    public RetentionRunDto run() {
        return RetentionRunDto.of(retention.runFor(caller.get()));
    }
}
