package be.vierdepijler.web.api.trajectorytype;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.PlacementAttributes;
import be.vierdepijler.core.spi.PlacementValidator;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.web.api.Languages;
import be.vierdepijler.web.api.PageDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The trajectory types the deployment knows, as the UI and integrations need them to build and pre-check a placement
 * form. Texts follow {@code Accept-Language} (Dutch unless English is asked for).
 */
@Path("trajectory-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trajecttypes", description = "Buddywerking, kennismakingsstage, vrijwilligerswerk, alternatief traject"
        + " en elk type dat als module wordt toegevoegd")
public class TrajectoryTypeResource {

    private static final Set<String> SORTABLE = Set.of("id");

    @Inject
    TrajectoryTypeRegistry types;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "De trajecttypes met hun formulier (velden), rapporteringscategorieën en regels")
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size,
                         @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.parse(page, size, sort, SORTABLE, "id");
        List<TrajectoryType> all = new ArrayList<>(types.all());
        if (request.descending()) {
            Collections.reverse(all);
        }
        int from = (int) Math.min(all.size(), (long) request.offset());
        int to = Math.min(all.size(), from + request.size());
        Locale locale = Languages.preferred(headers);
        Page<TrajectoryType> slice = Page.of(all.subList(from, to), request, all.size());
        return localized(PageDto.of(slice, t -> TrajectoryTypeDto.of(t, locale)), locale);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén trajecttype")
    public Response get(@PathParam("id") String id) {
        Locale locale = Languages.preferred(headers);
        return localized(TrajectoryTypeDto.of(types.get(id), locale), locale);
    }

    @POST
    @Path("{id}/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Controleert de velden van een plaatsing van dit type; 400 met elk veld dat niet in orde is")
    public Response validate(@PathParam("id") String id, String body) {
        TrajectoryType type = types.get(id);
        Locale locale = Languages.preferred(headers);
        Map<String, Object> attributes = AttributesReader.read(body);
        PlacementAttributes valid = PlacementValidator.requireValid(type, attributes, locale);
        return localized(new ValidationResultDto(true, type.id(),
                ReportingCategoryDto.of(type.reportingCategory(valid), locale)), locale);
    }

    private static Response localized(Object entity, Locale locale) {
        return Response.ok(entity).header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }
}
