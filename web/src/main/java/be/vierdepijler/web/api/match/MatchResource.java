package be.vierdepijler.web.api.match;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.matching.application.CandidateKind;
import be.vierdepijler.core.matching.application.MatchDecisions;
import be.vierdepijler.core.matching.application.MatchStatuses;
import be.vierdepijler.core.matching.application.ProposalListing;
import be.vierdepijler.core.matching.application.Proposals;
import be.vierdepijler.core.matching.application.Suggestions;
import be.vierdepijler.core.matching.domain.MatchRepository;
import be.vierdepijler.core.matching.domain.PairStatus;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.web.api.Languages;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.trajectorytype.AttributesReader;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
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
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Matching newcomers to offers and buddies: suggestions, network-wide proposals of duos, decisions, status. */
@Path("matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Koppelen", description = "Suggesties van aanbod en buddy's, voorstellen van duo's per netwerk")
public class MatchResource {

    @Inject
    Suggestions matchSuggestions;

    @Inject
    Proposals duoProposals;

    @Inject
    MatchDecisions decisions;

    @Inject
    MatchStatuses statuses;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @Context
    HttpHeaders headers;

    @GET
    @Path("suggestions")
    @Operation(summary = "De beste buddy's of aanbiedingen voor een inburgeraar, met uitgelegde score"
            + " (newcomer, kind=buddy|offer, limit 1–100, standaard 10)")
    public SuggestionsDto suggestions(@QueryParam("newcomer") String newcomer, @QueryParam("kind") String kind,
                                      @QueryParam("limit") String limit) {
        List<FieldViolation> violations = new ArrayList<>();
        Long newcomerId = positive("newcomer", newcomer, true, violations);
        CandidateKind candidateKind = null;
        String kindText = QueryParameters.text(kind);
        if (kindText == null) {
            violations.add(new FieldViolation("kind", "required", "Kies buddy of offer."));
        } else {
            candidateKind = CandidateKind.byCode(kindText).orElse(null);
            if (candidateKind == null) {
                violations.add(new FieldViolation("kind", "unknown-kind", "Onbekende soort '" + kindText
                        + "'; mogelijk: " + String.join(", ", CandidateKind.codes()) + "."));
            }
        }
        Long wanted = positive("limit", limit, false, violations);
        if (wanted != null && wanted > Suggestions.MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "out-of-range", "Moet tussen 1 en " + Suggestions.MAX_LIMIT
                    + " liggen, niet " + wanted + "."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Locale locale = locale();
        int size = wanted == null ? Suggestions.DEFAULT_LIMIT : wanted.intValue();
        return new SuggestionsDto(newcomerId, candidateKind.code(), matchSuggestions
                .suggest(caller.get(), newcomerId, candidateKind, size).stream()
                .map(s -> SuggestionDto.of(s, locale)).toList());
    }

    @POST
    @Path("proposals")
    @Operation(summary = "Een voorstel van duo's berekenen en bewaren voor de inburgeraars van een netwerk die een"
            + " buddy zoeken (coördinator van het netwerk); trekt de onbesliste koppels van een vorig voorstel in")
    public Response propose(@QueryParam("network") String network) {
        ProposalListing created = duoProposals.propose(caller.get(), QueryParameters.text(network));
        return Response.created(UriBuilder.fromResource(MatchResource.class).path("proposals/{id}")
                .build(created.proposal().id())).entity(ProposalDto.of(created)).build();
    }

    @GET
    @Path("proposals")
    @Operation(summary = "Voorstellen van duo's, nieuwste eerst; te filteren op netwerk")
    public PageDto<ProposalDto> proposals(@QueryParam("network") String network, @QueryParam("page") String page,
                                          @QueryParam("size") String size, @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort == null ? "-createdAt" : sort,
                MatchRepository.PROPOSAL_SORTABLE, "createdAt");
        parameters.check();
        return PageDto.of(duoProposals.proposals(caller.get(), QueryParameters.text(network), request),
                ProposalDto::of);
    }

    @GET
    @Path("proposals/{id}")
    @Operation(summary = "Eén voorstel met het aantal koppels per status")
    public ProposalDto proposal(@PathParam("id") String id) {
        return ProposalDto.of(duoProposals.proposal(caller.get(), QueryParameters.id(id, "voorstel")));
    }

    @GET
    @Path("proposals/{id}/pairs")
    @Operation(summary = "De koppels van een voorstel met score en uitleg, beste score eerst; te filteren op status"
            + " (proposed, approved, rejected, withdrawn)")
    public PageDto<PairDto> pairs(@PathParam("id") String id, @QueryParam("status") String status,
                                  @QueryParam("page") String page, @QueryParam("size") String size,
                                  @QueryParam("sort") String sort) {
        long proposalId = QueryParameters.id(id, "voorstel");
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort == null ? "-score" : sort,
                MatchRepository.PAIR_SORTABLE, "score");
        PairStatus statusFilter = parameters.code("status", status, PairStatus::byCode, PairStatus.codes(),
                "status");
        parameters.check();
        Locale locale = locale();
        return PageDto.of(duoProposals.pairs(caller.get(), proposalId, statusFilter, request),
                p -> PairDto.of(p, locale));
    }

    @POST
    @Path("pairs/{id}/approve")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(description = "Alles in één transactie of niets: een geweigerde plaatsing (400 bij attributes.<veld>,"
            + " 409 trajectory-not-active voor een traject in intake, 409 buddy-unavailable) laat het koppel"
            + " voorgesteld en de duo's van de buddy zoals ze waren. 409 newcomer-moved als de inburgeraar intussen"
            + " naar een ander netwerk verhuisde.",
            summary = "Een voorgesteld koppel goedkeuren: het duo wordt een plaatsing met de buddy in het lopende"
            + " traject van de inburgeraar (zoals POST /trajectories/{id}/placements: {\"startDate\", \"endDate\","
            + " \"attributes\": {...}}, typeId naar keuze), de inburgeraar is gekoppeld; 409 no-open-trajectory"
            + " zonder lopend traject, en dan verandert er niets")
    @RequestBody(description = "De plaatsing van het duo, zonder de buddy (die volgt uit het koppel); leeg mag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "koppel", summary = "Wekelijks, in het Nederlands en het Arabisch",
                            value = "{\"startDate\": \"2026-12-07\", \"attributes\": {\"meetingRhythm\": \"weekly\","
                                + " \"sharedLanguages\": [\"nl\", \"ar\"]}}")))
    public PairDto approve(@PathParam("id") String id, String body) {
        long pairId = QueryParameters.id(id, "koppel");
        Map<String, Object> in = body == null || body.isBlank() ? Map.of() : AttributesReader.read(body);
        List<FieldViolation> violations = new ArrayList<>();
        Object type = in.get("typeId");
        if (type != null && !(type instanceof String)) {
            violations.add(new FieldViolation("typeId", "not-a-text", "Geef het id van een trajecttype."));
        }
        LocalDate start = date("startDate", in.get("startDate"), violations);
        LocalDate end = date("endDate", in.get("endDate"), violations);
        Object attributes = in.get("attributes");
        if (attributes != null && !(attributes instanceof Map)) {
            violations.add(new FieldViolation("attributes", "not-an-object", "Geef de velden van het type als"
                    + " object."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = attributes == null ? Map.of() : (Map<String, Object>) attributes;
        Locale locale = locale();
        return PairDto.of(decisions.approve(caller.get(), pairId, new MatchDecisions.Approval((String) type, start,
                end, fields, locale)), locale);
    }

    @POST
    @Path("pairs/{id}/reject")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Een voorgesteld koppel verwerpen, met een reden naar keuze ({\"reason\": \"…\"})")
    public PairDto reject(@PathParam("id") String id, Rejection rejection) {
        return PairDto.of(decisions.reject(caller.get(), QueryParameters.id(id, "koppel"),
                rejection == null ? null : rejection.reason()), locale());
    }

    @GET
    @Path("newcomers/{id}")
    @Operation(summary = "Waar een inburgeraar staat in het zoeken naar een buddy: no-match, proposed, matched,"
            + " needs-rematch")
    public MatchStatusDto status(@PathParam("id") String id) {
        return MatchStatusDto.of(statuses.status(caller.get(), QueryParameters.id(id, "inburgeraar")), locale());
    }

    private static Long positive(String field, String raw, boolean required, List<FieldViolation> violations) {
        String value = QueryParameters.text(raw);
        if (value == null) {
            if (required) {
                violations.add(new FieldViolation(field, "required", "Geef " + field + " op."));
            }
            return null;
        }
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new FieldViolation(field, "not-a-number", "Moet een positief geheel getal zijn, niet '"
                + value + "'."));
        return null;
    }

    private static LocalDate date(String field, Object raw, List<FieldViolation> violations) {
        if (raw == null || raw instanceof String s && s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.toString().strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "not-a-date", "Geef een datum als 2026-03-01, niet '" + raw
                    + "'."));
            return null;
        }
    }

    private Locale locale() {
        return Languages.preferred(headers);
    }
}
