package be.vierdepijler.web.api.confirmation;

import be.vierdepijler.core.trajectory.application.Certificates;
import be.vierdepijler.core.trajectory.application.Certificates.Verification;
import be.vierdepijler.core.trajectory.domain.CertificateCode;
import be.vierdepijler.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone who received a certificate checks its code here; the answer never names the person. */
@Path("public/certificates")
@RequestScoped
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attesten", description = "Een attest nagaan met zijn verificatiecode")
public class CertificateVerificationResource {

    @Inject
    Certificates certificates;

    @GET
    @Path("{code}")
    @Operation(summary = "Of een verificatiecode geldig is; zo ja de datum van voltooiing en het aantal uren")
    public VerificationDto verify(@PathParam("code") String code) {
        String normalised = CertificateCode.normalise(code);
        if (normalised == null) {
            return new VerificationDto(false, null, null, null);
        }
        Verification v = certificates.verify(normalised);
        return new VerificationDto(v.valid(), v.completedOn(), v.hours(), v.contentHash());
    }
}
