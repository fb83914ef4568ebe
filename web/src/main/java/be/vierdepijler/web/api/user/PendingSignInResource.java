package be.vierdepijler.web.api.user;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.user.application.ExternalSignIns;
import be.vierdepijler.core.user.application.NewUser;
import be.vierdepijler.core.user.domain.PendingSignIn;
import be.vierdepijler.core.user.domain.UserAccount;
import be.vierdepijler.web.api.PageDto;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * People who signed in at the OpenID Connect provider without an account here (docs/adr/0021): administrators only.
 * Giving access creates an account with a role and scope (or links an existing one) to the person's subject.
 */
@Path("pending-sign-ins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gebruikers", description = "Gebruikers met hun rol en bereik")
public class PendingSignInResource {

    @Inject
    ExternalSignIns signIns;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @Inject
    Clock clock;

    @Inject
    ScopeNames scopeNames;

    /** One person waiting for access, as the provider named them at their latest attempt. */
    public record PendingSignInDto(long id, String subject, String displayName, String email, boolean emailVerified,
                                   Instant firstSeen, Instant lastSeen) {

        static PendingSignInDto of(PendingSignIn p) {
            return new PendingSignInDto(p.id(), p.subject(), p.displayName(), p.email(), p.emailVerified(),
                    p.firstSeen(), p.lastSeen());
        }
    }

    /**
     * The access to give: an existing account to link ({@code userId}), or the new account's username, role and scope
     * (name and e-mail address default to the provider's).
     */
    public record AccessInput(Long userId, String username, String displayName, String email, String role,
                              List<String> networkIds, String municipalityNis, Long organisationId) {
    }

    @GET
    @Operation(summary = "Wie zich aanmeldde via de identiteitsprovider en op toegang wacht (alleen beheerders)")
    public PageDto<PendingSignInDto> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = QueryParameters.pageRequest(page, size, null, Set.of("lastSeen"), "lastSeen");
        return PageDto.of(signIns.pending(caller.get(), request), PendingSignInDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén wachtende aanmelding (alleen beheerders)")
    public PendingSignInDto get(@PathParam("id") String id) {
        return PendingSignInDto.of(signIns.pendingOne(caller.get(), QueryParameters.id(id, "aanmelding")));
    }

    @POST
    @Path("{id}/access")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toegang geven: een nieuwe gekoppelde gebruiker met rol en bereik, of een bestaande koppelen")
    public Response grant(@PathParam("id") String id, AccessInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "required", "Stuur de rol en het bereik als JSON.");
        }
        long pendingId = QueryParameters.id(id, "aanmelding");
        NewUser user = null;
        if (input.userId() == null) {
            Role role = input.role() == null ? null : Role.byCode(input.role()).orElseThrow(() ->
                    new InvalidInputException("role", "unknown-role", "Onbekende rol '" + input.role() + "'."));
            user = new NewUser(input.username(), input.displayName(), input.email(), role,
                    input.networkIds() == null ? Set.of() : Set.copyOf(input.networkIds()), input.municipalityNis(),
                    input.organisationId(), null);
        }
        UserAccount account = signIns.grant(caller.get(), pendingId, user, input.userId());
        return Response.created(UriBuilder.fromResource(UserResource.class).path("{id}").build(account.id()))
                .entity(UserDto.of(account, clock.instant(), scopeNames)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Een wachtende aanmelding afwijzen (de persoon krijgt geen toegang)")
    public Response dismiss(@PathParam("id") String id) {
        signIns.dismiss(caller.get(), QueryParameters.id(id, "aanmelding"));
        return Response.noContent().build();
    }
}
