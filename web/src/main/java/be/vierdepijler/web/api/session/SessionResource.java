package be.vierdepijler.web.api.session;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.trajectory.application.TrajectorySettings;
import be.vierdepijler.core.user.application.AuthenticationResult;
import be.vierdepijler.core.user.application.Authenticator;
import be.vierdepijler.core.user.application.UserDirectory;
import be.vierdepijler.web.api.problem.Problem;
import be.vierdepijler.web.security.ApiAuthenticationMechanism;
import be.vierdepijler.web.security.BeforePasswordChange;
import be.vierdepijler.web.security.CallerProducer;
import be.vierdepijler.web.security.PublicEndpoint;
import be.vierdepijler.web.security.SignedIn;
import be.vierdepijler.web.security.OidcProvider;
import be.vierdepijler.web.security.WebSessions;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signing in and out of the web UI. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessie", description = "Aanmelden, afmelden en je wachtwoord wijzigen")
public class SessionResource {

    @Inject
    Authenticator authenticator;

    @Inject
    UserDirectory users;

    @Inject
    WebSessions sessions;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @Inject
    CallerProducer callers;

    @Inject
    PlaceDirectory places;

    @Inject
    OidcProvider provider;

    @Inject
    TrajectorySettings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @POST
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Aanmelden: opent een sessie en geeft het CSRF-token ervan")
    public Response signIn(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()
                || credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidInputException("username", "required", "Geef je gebruikersnaam en wachtwoord.");
        }
        AuthenticationResult result = authenticator.authenticate(credentials.username(),
                credentials.password().toCharArray());
        return switch (result.outcome()) {
            case SUCCESS -> Response.ok(SessionDto.of(result.caller(), result.mustChangePassword(),
                    sessions.open(request, result.caller()), may(result.caller()))).build();
            case LOCKED -> Problem.of("account-locked", "Account tijdelijk vergrendeld",
                    Response.Status.UNAUTHORIZED, "Na te veel mislukte pogingen is deze account een kwartier"
                            + " vergrendeld. Probeer later opnieuw of vraag je beheerder om hulp.").toResponse();
            case INVALID -> Problem.of("invalid-credentials", "Aanmelden mislukt", Response.Status.UNAUTHORIZED,
                    "De gebruikersnaam of het wachtwoord klopt niet.").toResponse();
        };
    }

    @GET
    @BeforePasswordChange
    @Operation(summary = "Wie is aangemeld, met rol en bereik")
    public SessionDto current() {
        Caller me = caller.get();
        // Through the identity provider no password of ours is in play: nothing to change first.
        boolean mustChange = !ApiAuthenticationMechanism.viaProvider(request)
                && callers.account().map(Authenticator.SignedIn::mustChangePassword).orElse(false);
        return SessionDto.of(me, mustChange,
                sessions.csrfToken(request), may(me));
    }

    /**
     * What the caller may do, asked of the rules at every network there is (a score of them). The ids come from the
     * place directory (one read of the networks' ids and names), not from the networks' summaries, which count every
     * network's municipalities: this answer is read on every page load.
     */
    private MayDto may(Caller me) {
        return MayDto.of(me, places.networkNames().keySet());
    }

    @DELETE
    @BeforePasswordChange
    @Operation(summary = "Afmelden; na een aanmelding via de identiteitsprovider ook daar (signOutUrl)")
    public Response signOut() {
        String idToken = sessions.providerIdToken(request);
        boolean viaProvider = idToken != null;
        // back to the start page at the address people reach it on: VP_PUBLIC_URL behind a proxy, else the request's
        Optional<String> providerSignOut = viaProvider ? provider.signOutUrl(idToken,
                settings.publicUrl(uri.getBaseUri().resolve("/").toString()) + "/") : Optional.empty();
        sessions.close(request);
        // After a sign-in through the provider, the browser goes on to end the session there too (RP-initiated).
        return providerSignOut.map(url -> Response.ok(new SignOutDto(url)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    /** Where the browser must go to end the session at the identity provider as well. */
    public record SignOutDto(String signOutUrl) {
    }

    @PUT
    @Path("password")
    @BeforePasswordChange
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Je eigen wachtwoord wijzigen")
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            throw new InvalidInputException("newPassword", "required", "Geef je huidige en je nieuwe wachtwoord.");
        }
        users.changeOwnPassword(caller.get(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}
