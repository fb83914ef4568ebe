package be.vierdepijler.web.api.session;

import be.vierdepijler.core.user.application.Authenticator;
import be.vierdepijler.core.user.application.ExternalSignIns;
import be.vierdepijler.core.user.application.OidcSettings;
import be.vierdepijler.web.api.problem.Problem;
import be.vierdepijler.web.security.PublicEndpoint;
import be.vierdepijler.web.security.WebSessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing in through the OpenID Connect provider (docs/adr/0021): whether it is on (for the sign-in page's button),
 * and the exchange of the oidc web module's one-time ticket for the application's own session. With OIDC off both
 * answer 404.
 */
@Path("session/oidc")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessie", description = "Aanmelden, afmelden en je wachtwoord wijzigen")
public class OidcSessionResource {

    /** Where a person without access lands: a page that says an administrator must give access. */
    static final String PENDING_PAGE = "/toegang-gevraagd.html";

    @Inject
    ExternalSignIns signIns;

    @Inject
    Authenticator authenticator;

    @Inject
    WebSessions sessions;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    /** The provider as the sign-in page shows it. */
    public record ProviderDto(String name, String signInUrl) {
    }

    @GET
    @Path("provider")
    @PublicEndpoint
    @Operation(summary = "Of aanmelden via de identiteitsprovider (OpenID Connect) aanstaat, en via welke knop")
    public ProviderDto provider() {
        return new ProviderDto(settings().providerName(), "/oidc/login");
    }

    @GET
    @PublicEndpoint
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "Het eenmalige ticket van de aanmelding bij de identiteitsprovider inwisselen voor een sessie")
    public Response exchange(@QueryParam("ticket") String ticket,
                             @CookieParam(ExternalSignIns.BINDING_COOKIE) String binding) {
        settings();
        ExternalSignIns.Outcome outcome = signIns.redeem(ticket, binding);
        return withBindingCleared(switch (outcome.status()) {
            case SIGNED_IN, LINKED -> {
                Optional<Authenticator.SignedIn> account = authenticator.signedIn(outcome.username());
                if (account.isEmpty()) {
                    yield inactive();
                }
                sessions.openFromProvider(request, account.get().caller(), outcome.idToken());
                // absolute: JAX-RS would resolve a relative address against /api/v1/
                yield Response.seeOther(uri.getBaseUri().resolve("/")).header("Cache-Control", "no-store")
                        .header("Referrer-Policy", "no-referrer").build();
            }
            case PENDING -> Response.seeOther(uri.getBaseUri().resolve(PENDING_PAGE)).header("Cache-Control", "no-store")
                    .build();
            case INACTIVE -> inactive();
            case INVALID_TICKET -> Problem.of("invalid-ticket", "Aanmelding verlopen", Response.Status.UNAUTHORIZED,
                    "Deze aanmelding is al gebruikt, verlopen of in een andere browser geopend. Meld je opnieuw aan.")
                    .toResponse();
        });
    }

    /** The binding cookie has done its work, whatever the outcome: the browser forgets it. */
    private Response withBindingCleared(Response response) {
        return Response.fromResponse(response).header("Set-Cookie", ExternalSignIns.BINDING_COOKIE
                + "=; Path=" + ExternalSignIns.EXCHANGE_PATH + "; Max-Age=0; HttpOnly; SameSite=Lax").build();
    }

    private static Response inactive() {
        return Problem.of("account-inactive", "Account uitgeschakeld", Response.Status.FORBIDDEN,
                "Je account is uitgeschakeld. Vraag je beheerder om hulp.").toResponse();
    }

    private static OidcSettings settings() {
        return OidcSettings.current().orElseThrow(() -> new be.vierdepijler.core.shared.NotFoundException(
                "aanmeldmethode", "OpenID Connect"));
    }
}
