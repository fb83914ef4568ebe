package be.vierdepijler.web.api.publicoffer;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.PublicLanguages;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.offer.application.PublicOfferFinder;
import be.vierdepijler.regions.offer.domain.DutchText;
import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferListing;
import be.vierdepijler.regions.offer.domain.PublicOfferFilter;
import be.vierdepijler.regions.offer.domain.Weekdays;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public offer finder (contract 1 of issue 17), without an account, session or CSRF token. Answers cache for a
 * minute: an approval or a place taken shows within that.
 */
@Path("public/offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publiek", description = "Zonder aanmelden")
public class PublicOfferResource {

    /** The largest page the finder answers: a phone shows a few offers at a time. */
    public static final int MAX_SIZE = 50;
    private static final List<String> LEVELS = List.of("A0", "A1", "A2", "B1", "B2");
    private static final int CACHE_SECONDS = 60;

    @Inject
    PublicOfferFinder finder;

    @Inject
    TrajectoryTypeRegistry types;

    @GET
    @PublicEndpoint
    @Operation(summary = "Het publieke aanbod, gepagineerd (zonder aanmelden): zoeken in het Nederlands (q), filteren"
            + " op gemeente, in de buurt van een gemeente (near), soort (type, category), dag (mon..sun), vrije"
            + " plaatsen (free=true) en niveau Nederlands (A0..B2); lang kiest de taal van de labels en de korte tekst")
    public Response list(@QueryParam("q") String q, @QueryParam("municipality") String municipality,
                         @QueryParam("near") String near, @QueryParam("type") String type,
                         @QueryParam("category") String category, @QueryParam("day") String day,
                         @QueryParam("free") String free, @QueryParam("level") String level,
                         @QueryParam("lang") String lang, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, null, Set.of("title"), "title");
        if (request != null && request.size() > MAX_SIZE) {
            parameters.add(new FieldViolation("size", "too-large",
                    "Een pagina telt hoogstens " + MAX_SIZE + " aanbiedingen."));
        }
        String language = language(parameters, lang);
        DutchLevel levelFilter = parameters.code("level", level, l -> DutchLevel.parse(l)
                .filter(d -> LEVELS.contains(d.name())), LEVELS, "taalniveau");
        Boolean freeOnly = parameters.bool("free", free);
        String weekday = QueryParameters.text(day);
        if (weekday != null && !Weekdays.isCode(weekday.toLowerCase(Locale.ROOT))) {
            parameters.add(new FieldViolation("day", "unknown-weekday", "Onbekende dag '" + day + "'; mogelijk: "
                    + String.join(", ", Weekdays.CODES) + "."));
        }
        String nis = nis(parameters, "municipality", municipality);
        String nearNis = nis(parameters, "near", near);
        if (q != null && q.length() > 200) {
            parameters.add(new FieldViolation("q", "too-long", "Een zoekvraag telt hoogstens 200 tekens."));
        }
        parameters.check();
        PublicOfferFilter filter = new PublicOfferFilter(nis, nearNis, QueryParameters.text(type),
                QueryParameters.text(category), weekday == null ? null : weekday.toLowerCase(Locale.ROOT),
                Boolean.TRUE.equals(freeOnly), levelFilter, DutchText.query(q), finder.today());
        return cached(PageDto.of(finder.find(filter, request), l -> dto(l, language)));
    }

    @GET
    @Path("kinds")
    @PublicEndpoint
    @Operation(summary = "De soorten activiteiten voor de filter van de publieke zoeker: elk soort traject met zijn"
            + " categorieën, gelabeld in het Nederlands (lang=nl) of anders in het Engels")
    public Response kinds(@QueryParam("lang") String lang) {
        QueryParameters parameters = new QueryParameters();
        String language = language(parameters, lang);
        parameters.check();
        return cached(types.all().stream().map(t -> new PublicOfferKindDto(t.id(), label(t.label(), language),
                t.reportingCategories().stream().map(c -> new PublicOfferKindDto.Category(c.id(),
                        label(c.label(), language))).toList())).toList());
    }

    @GET
    @Path("{id}")
    @PublicEndpoint
    @Operation(summary = "Eén publiek aanbod (zonder aanmelden); 404 wanneer het niet publiek is")
    public Response get(@PathParam("id") String id, @QueryParam("lang") String lang) {
        QueryParameters parameters = new QueryParameters();
        String language = language(parameters, lang);
        parameters.check();
        return cached(dto(finder.get(QueryParameters.id(id, "aanbod")), language));
    }

    private PublicOfferDto dto(OfferListing listing, String language) {
        Offer o = listing.offer();
        Optional<TrajectoryType> type = types.find(o.trajectoryTypeId());
        String typeLabel = type.map(t -> label(t.label(), language)).orElse(o.trajectoryTypeId());
        String categoryLabel = type.flatMap(t -> t.reportingCategories().stream()
                        .filter(c -> c.id().equals(o.reportingCategory())).findFirst())
                .map(ReportingCategory::label).map(l -> label(l, language)).orElse(o.reportingCategory());
        return PublicOfferDto.of(listing, language, typeLabel, categoryLabel);
    }

    /** The registry's labels are in Dutch and English: Dutch for nl, English for every other language. */
    private static String label(LocalizedText text, String language) {
        return "nl".equals(language) ? text.nl() : text.in(LocalizedText.ENGLISH);
    }

    private static String language(QueryParameters parameters, String lang) {
        String code = QueryParameters.text(lang);
        if (code == null) {
            return "nl";
        }
        if (!PublicLanguages.contains(code)) {
            parameters.add(new FieldViolation("lang", "unknown-language", "Onbekende taal '" + lang
                    + "'; mogelijk: " + PublicLanguages.listed() + "."));
        }
        return code;
    }

    private static String nis(QueryParameters parameters, String field, String raw) {
        String nis = QueryParameters.text(raw);
        if (nis != null && !nis.matches("\\d{5}")) {
            parameters.add(new FieldViolation(field, "invalid-nis",
                    "Een gemeente wordt aangeduid met haar NIS-code (5 cijfers), niet '" + raw + "'."));
        }
        return nis;
    }

    private static Response cached(Object entity) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(CACHE_SECONDS);
        return Response.ok(entity).cacheControl(cache).build();
    }
}
