package be.vierdepijler.web.api.allocation;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.allocation.application.RegionalAllocations;
import be.vierdepijler.regions.allocation.domain.Allocation;
import be.vierdepijler.regions.allocation.domain.AllocationRepository;
import be.vierdepijler.regions.allocation.domain.AllocationTerms;
import be.vierdepijler.regions.allocation.domain.Criterion;
import be.vierdepijler.regions.allocation.domain.CriterionWeight;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.web.api.table.Reports;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Regional allocations: calculated as a preview or saved (administrators), read by coordinators and viewers too. */
@Path("funding/allocations")
@RequestScoped
@Tag(name = "Regionale verdeling", description = "Een bedrag verdelen over de 18 netwerken, en de gemeentecijfers")
public class AllocationResource {

    /** The longest number a field takes as text; anything longer is no amount. */
    private static final int MAX_NUMBER_TEXT = 40;

    @Inject
    RegionalAllocations allocations;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "De bewaarde verdelingen, nieuwste eerst (sort=name, amount, createdAt; - voor aflopend)")
    public PageDto<AllocationSummaryDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                              @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        String wanted = QueryParameters.text(sort) == null ? "-createdAt" : sort;
        PageRequest request = parameters.page(page, size, wanted, AllocationRepository.SORTABLE, "createdAt");
        parameters.check();
        return PageDto.of(allocations.find(caller.get(), request), AllocationSummaryDto::of);
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    @Operation(summary = "Eén bewaarde verdeling met de hele berekening per netwerk; als CSV of XLSX met format=csv,"
            + " format=xlsx of de Accept-header")
    public Response get(@PathParam("id") String id, @QueryParam("format") String format,
                        @QueryParam("table") String table, @Context HttpHeaders headers) {
        long allocationId = QueryParameters.id(id, "verdeling");
        QueryParameters parameters = new QueryParameters();
        DownloadFormat wanted = Reports.format(parameters, format, headers);
        parameters.check();
        if (wanted == DownloadFormat.JSON) {
            return Response.ok(AllocationDto.of(allocations.get(caller.get(), allocationId)),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Reports.answer(allocations.report(caller.get(), allocationId), wanted, table);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een bedrag verdelen over de 18 netwerken volgens gewogen criteria (deelnemende gemeenten op"
            + " de peildatum, inwoners en eerste inburgeringscontracten van een jaar), met een plafond per netwerk"
            + " waarvan het overschot naar de andere gaat, afgerond op de cent met de grootste-restmethode. save=false"
            + " berekent enkel (200), save=true bewaart de verdeling (201). Enkel beheerders")
    public Response calculate(AllocationInput input) {
        boolean save = input != null && Boolean.TRUE.equals(input.save());
        Allocation allocation = allocations.calculate(caller.get(), terms(input), save);
        AllocationDto dto = AllocationDto.of(allocation);
        if (!save) {
            return Response.ok(dto).build();
        }
        return Response.created(UriBuilder.fromResource(AllocationResource.class).path("{id}")
                .build(allocation.id())).entity(dto).build();
    }

    /** Reads the body into terms, every malformed field at once; the terms check the rest. */
    static AllocationTerms terms(AllocationInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "required", "Stuur het bedrag, de criteria en hun gewichten als"
                    + " JSON.");
        }
        List<FieldViolation> problems = new ArrayList<>();
        BigDecimal amount = number("amount", in.amount(), problems);
        BigDecimal cap = number("cap", in.cap(), problems);
        LocalDate referenceDate = null;
        String day = QueryParameters.text(in.referenceDate());
        if (day != null) {
            try {
                referenceDate = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                problems.add(new FieldViolation("referenceDate", "not-a-date", "Geef een datum als 2026-01-01, niet '"
                        + shortened(day) + "'."));
            }
        }
        List<CriterionWeight> criteria = new ArrayList<>();
        if (in.criteria() != null && in.criteria().size() > AllocationTerms.MAX_CRITERIA) {
            problems.add(new FieldViolation("criteria", "too-many", "Hoogstens " + AllocationTerms.MAX_CRITERIA
                    + " criteria (er zijn er " + in.criteria().size() + ")."));
        } else if (in.criteria() != null) {
            for (int i = 0; i < in.criteria().size(); i++) {
                criterion(in.criteria().get(i), "criteria[" + i + "]", problems).ifPresent(criteria::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AllocationTerms(in.name(), in.callReference(), amount, cap, referenceDate, criteria);
    }

    private static java.util.Optional<CriterionWeight> criterion(AllocationInput.CriterionInput c, String at,
                                                                 List<FieldViolation> problems) {
        if (c == null) {
            problems.add(new FieldViolation(at, "required", "Geef een criterium met zijn gewicht."));
            return java.util.Optional.empty();
        }
        Criterion criterion = null;
        if (c.criterion() == null || c.criterion().isBlank()) {
            problems.add(new FieldViolation(at + ".criterion", "required", "Geef het criterium; mogelijk: "
                    + String.join(", ", Criterion.codes()) + "."));
        } else {
            criterion = Criterion.byCode(c.criterion().strip()).orElse(null);
            if (criterion == null) {
                problems.add(new FieldViolation(at + ".criterion", "unknown-criterion", "Onbekend criterium '"
                        + shortened(c.criterion()) + "'; mogelijk: " + String.join(", ", Criterion.codes()) + "."));
            }
        }
        BigDecimal weight = number(at + ".weight", c.weight(), problems);
        if (weight == null && c.weight() == null) {
            problems.add(new FieldViolation(at + ".weight", "required", "Geef een gewicht (0 of meer)."));
        }
        Integer year = year(at + ".year", c.year(), problems);
        if (criterion == null || weight == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CriterionWeight(criterion, weight, year));
    }

    /** A JSON number or a numeric string; null when absent. */
    private static BigDecimal number(String field, Object raw, List<FieldViolation> problems) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (raw instanceof String s && !s.isBlank()) {
            String text = s.strip();
            if (text.length() <= MAX_NUMBER_TEXT) {
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
        } else if (raw instanceof String) {
            return null;
        }
        problems.add(new FieldViolation(field, "not-a-number", "Geef een getal, zoals 322000.00."));
        return null;
    }

    private static Integer year(String field, Object raw, List<FieldViolation> problems) {
        BigDecimal value = number(field, raw, problems);
        if (value == null) {
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(AllocationTerms.MIN_YEAR)) < 0
                || value.compareTo(BigDecimal.valueOf(AllocationTerms.MAX_YEAR)) > 0
                || value.stripTrailingZeros().scale() > 0) {
            problems.add(new FieldViolation(field, "out-of-range", "Een jaar is een geheel getal tussen "
                    + AllocationTerms.MIN_YEAR + " en " + AllocationTerms.MAX_YEAR + "."));
            return null;
        }
        return value.intValueExact();
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
