package be.vierdepijler.web.api.municipality;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.municipality.application.MunicipalityDirectory;
import be.vierdepijler.regions.municipality.domain.MunicipalityFilter;
import be.vierdepijler.regions.municipality.domain.MunicipalityListing;
import be.vierdepijler.regions.municipality.domain.MunicipalityRepository;
import be.vierdepijler.regions.municipality.domain.Province;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipalities of Flanders and Brussels and their membership of a regional network. */
@Path("municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gemeenten", description = "De 304 Vlaamse en Brusselse gemeenten en hun deelname aan een netwerk")
public class MunicipalityResource {

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    Clock clock;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    @GET
    @Operation(summary = "Gemeenten, gepagineerd; te filteren op netwerk, provincie en naam (q)")
    public PageDto<MunicipalityDto> list(@QueryParam("network") String network,
                                         @QueryParam("province") String province,
                                         @QueryParam("q") String q,
                                         @QueryParam("page") String page, @QueryParam("size") String size,
                                         @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, MunicipalityRepository.SORTABLE, "name");
        Province provinceFilter = parameters.code("province", province, Province::byCode, Province.codes(),
                "provincie");
        parameters.check();
        LocalDate today = LocalDate.now(clock);
        return PageDto.of(municipalities.find(new MunicipalityFilter(QueryParameters.text(network), provinceFilter,
                q), request), l -> MunicipalityDto.of(l, today));
    }

    @GET
    @Path("{nis}")
    @Operation(summary = "Eén gemeente, op NIS-code")
    public Response get(@PathParam("nis") String nis) {
        return withEtag(municipalities.get(checkedNis(nis)));
    }

    @PUT
    @Path("{nis}/membership")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Zet vanaf en tot wanneer de gemeente deelneemt aan haar netwerk (vraagt If-Match)")
    public Response changeMembership(@PathParam("nis") String nis, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     MembershipChange change) {
        String nisCode = checkedNis(nis);
        long expected = Versions.fromIfMatch(ifMatch);
        if (change == null) {
            throw new InvalidInputException("body", "required",
                    "Stuur {\"participatingFrom\": \"2023-01-01\", \"participatingUntil\": null}.");
        }
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate from = date("participatingFrom", change.participatingFrom(), violations);
        LocalDate until = date("participatingUntil", change.participatingUntil(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return withEtag(municipalities.changeMembership(caller.get(), nisCode, expected, from, until));
    }

    private Response withEtag(MunicipalityListing listing) {
        MunicipalityDto dto = MunicipalityDto.of(listing, LocalDate.now(clock));
        return Response.ok(dto).tag(Versions.etag(dto.version())).build();
    }

    /** A NIS code is five digits; anything else cannot name a municipality. */
    private static String checkedNis(String nis) {
        if (nis == null || !nis.matches("\\d{5}")) {
            throw new NotFoundException("gemeente", nis);
        }
        return nis;
    }

    private static LocalDate date(String field, String raw, List<FieldViolation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "not-a-date",
                    "Moet een datum zijn als 2023-01-01, niet '" + raw + "'."));
            return null;
        }
    }
}
