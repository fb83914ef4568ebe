package be.vierdepijler.web.api.allocation;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.allocation.application.MunicipalityFigures;
import be.vierdepijler.regions.allocation.domain.AllocationTerms;
import be.vierdepijler.regions.allocation.domain.FigureFilter;
import be.vierdepijler.regions.allocation.domain.FigureKind;
import be.vierdepijler.regions.allocation.domain.MunicipalityFigureRepository;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The figures per municipality the regional allocation divides by, as imported with their source. */
@Path("funding/municipality-figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regionale verdeling", description = "Een bedrag verdelen over de 18 netwerken, en de gemeentecijfers")
public class MunicipalityFigureResource {

    @Inject
    MunicipalityFigures figures;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Operation(summary = "Gemeentecijfers (inwoners, eerste inburgeringscontracten) met jaar en bron, gepagineerd;"
            + " te filteren op soort (kind), jaar (year) en netwerk (network). Beheerders, coördinatoren,"
            + " raadplegers. Ingevoerd via de import 'municipality-figures'")
    public PageDto<FigureDto> list(@QueryParam("kind") String kind, @QueryParam("year") String year,
                                   @QueryParam("network") String network, @QueryParam("page") String page,
                                   @QueryParam("size") String size, @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, MunicipalityFigureRepository.SORTABLE, "nisCode");
        FigureKind kindFilter = parameters.code("kind", kind, FigureKind::byCode, FigureKind.codes(), "soort");
        Long yearFilter = parameters.number("year", year);
        if (yearFilter != null && (yearFilter < AllocationTerms.MIN_YEAR || yearFilter > AllocationTerms.MAX_YEAR)) {
            parameters.add(new FieldViolation("year", "out-of-range", "Een jaar ligt tussen "
                    + AllocationTerms.MIN_YEAR + " en " + AllocationTerms.MAX_YEAR + "."));
        }
        parameters.check();
        return PageDto.of(figures.find(caller.get(), new FigureFilter(kindFilter,
                yearFilter == null ? null : yearFilter.intValue(), QueryParameters.text(network)), request),
                FigureDto::of);
    }
}
