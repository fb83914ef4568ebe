package be.vierdepijler.web.api.user;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.user.application.NewUser;
import be.vierdepijler.core.user.application.UserChange;
import be.vierdepijler.core.user.application.UserDirectory;
import be.vierdepijler.core.user.domain.UserAccount;
import be.vierdepijler.core.user.domain.UserRepository;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.Versions;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User accounts and their scopes. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gebruikers", description = "Gebruikers met hun rol en bereik")
public class UserResource {

    @Inject
    UserDirectory users;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @Inject
    Clock clock;

    @Inject
    ScopeNames scopeNames;

    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    @GET
    @Operation(summary = "Gebruikers die je beheert, gepagineerd; te zoeken op naam (q)")
    public PageDto<UserDto> list(@QueryParam("q") String q, @QueryParam("page") String page,
                                 @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest request = QueryParameters.pageRequest(page, size, sort, UserRepository.SORTABLE, "username");
        return PageDto.of(users.find(caller.get(), q, request), a -> UserDto.of(a, clock.instant(), scopeNames));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén gebruiker")
    public Response get(@PathParam("id") String id) {
        return withEtag(users.open(caller.get(), QueryParameters.id(id, "gebruiker")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een gebruiker aanmaken; het startwachtwoord moet bij de eerste aanmelding gewijzigd worden")
    public Response create(UserInput input) {
        UserInput in = required(input);
        Role role = in.role() == null ? null : Role.byCode(in.role()).orElseThrow(() -> new InvalidInputException(
                "role", "unknown-role", "Onbekende rol '" + in.role() + "'; mogelijk: " + roleCodes() + "."));
        UserAccount created = users.create(caller.get(), new NewUser(in.username(), in.displayName(), in.email(),
                role, networks(in), in.municipalityNis(), in.organisationId(), in.password()));
        return Response.created(UriBuilder.fromResource(UserResource.class).path("{id}").build(created.id()))
                .entity(UserDto.of(created, clock.instant(), scopeNames)).tag(Versions.etag(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Naam, e-mail, actief en bereik wijzigen (vraagt If-Match)")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           UserInput input) {
        long userId = QueryParameters.id(id, "gebruiker");
        long expected = Versions.fromIfMatch(ifMatch);
        UserInput in = required(input);
        return withEtag(users.change(caller.get(), userId, expected, new UserChange(in.displayName(), in.email(),
                in.active() == null || in.active(), networks(in), in.municipalityNis(), in.organisationId())));
    }

    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuw startwachtwoord zetten (en een vergrendeling opheffen)")
    public Response resetPassword(@PathParam("id") String id, UserInput input) {
        return withEtag(users.resetPassword(caller.get(), QueryParameters.id(id, "gebruiker"), required(input).password()));
    }

    private Response withEtag(UserAccount account) {
        return Response.ok(UserDto.of(account, clock.instant(), scopeNames)).tag(Versions.etag(account.version())).build();
    }

    private static UserInput required(UserInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "required", "Stuur de gegevens van de gebruiker als JSON.");
        }
        return input;
    }

    private static Set<String> networks(UserInput in) {
        return in.networkIds() == null ? Set.of() : Set.copyOf(in.networkIds());
    }

    private static String roleCodes() {
        return String.join(", ", Arrays.stream(Role.values()).map(Role::code).toList());
    }
}
