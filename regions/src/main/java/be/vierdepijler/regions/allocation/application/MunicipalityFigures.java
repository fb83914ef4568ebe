package be.vierdepijler.regions.allocation.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.allocation.domain.AllocationTerms;
import be.vierdepijler.regions.allocation.domain.FigureFilter;
import be.vierdepijler.regions.allocation.domain.FigureKind;
import be.vierdepijler.regions.allocation.domain.FigureListing;
import be.vierdepijler.regions.allocation.domain.MunicipalityFigure;
import be.vierdepijler.regions.allocation.domain.MunicipalityFigureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The figures per municipality an allocation divides by: read by its readers, recorded by administrators. */
@ApplicationScoped
@Transactional
public class MunicipalityFigures {

    /** The longest source text. */
    public static final int MAX_SOURCE = 300;
    /** The largest figure: far above any municipality's count, low enough that sums over Flanders stay exact. */
    public static final long MAX_VALUE = 1_000_000_000L;

    @Inject
    MunicipalityFigureRepository figures;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    /** One figure to record. */
    public record FigureValues(String nisCode, FigureKind kind, int year, long value, String source) {
    }

    /** @throws InvalidInputException when the filter names a network that does not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FigureListing> find(Caller caller, FigureFilter filter, PageRequest page) {
        FigureAccess.checkRead(caller);
        if (filter.networkId() != null && !places.networkExists(filter.networkId())) {
            throw new InvalidInputException("network", "unknown-network", "Er bestaat geen netwerk '"
                    + filter.networkId() + "'.");
        }
        return figures.find(filter, page);
    }

    /** The NIS codes of all municipalities. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> municipalities() {
        return figures.municipalities();
    }

    /**
     * Creates the figure of this natural key (NIS code, kind, year) or takes the new value and source.
     *
     * @return {@link RowOutcome#UNCHANGED} when value and source were already these
     * @throws InvalidInputException when a value is out of range or the municipality unknown
     */
    public RowOutcome record(Caller caller, FigureValues values) {
        FigureAccess.checkAdministrator(caller, "importeren gemeentecijfers");
        List<FieldViolation> violations = new ArrayList<>();
        if (values.nisCode() == null || places.networkOfMunicipality(values.nisCode()).isEmpty()) {
            violations.add(new FieldViolation("nisCode", "unknown-municipality", "Er bestaat geen gemeente met"
                    + " NIS-code '" + values.nisCode() + "'."));
        }
        if (values.kind() == null) {
            violations.add(new FieldViolation("kind", "required", "Geef de soort cijfer."));
        }
        if (values.year() < AllocationTerms.MIN_YEAR || values.year() > AllocationTerms.MAX_YEAR) {
            violations.add(new FieldViolation("year", "out-of-range", "Een jaar ligt tussen "
                    + AllocationTerms.MIN_YEAR + " en " + AllocationTerms.MAX_YEAR + "."));
        }
        if (values.value() < 0) {
            violations.add(new FieldViolation("value", "negative", "Een cijfer is 0 of meer."));
        } else if (values.value() > MAX_VALUE) {
            violations.add(new FieldViolation("value", "too-large", "Een cijfer is hoogstens " + MAX_VALUE + "."));
        }
        if (values.source() == null || values.source().isBlank()) {
            violations.add(new FieldViolation("source", "required", "Noem de bron van het cijfer."));
        } else if (values.source().strip().length() > MAX_SOURCE) {
            violations.add(new FieldViolation("source", "too-long", "Hoogstens " + MAX_SOURCE + " tekens."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Optional<MunicipalityFigure> existing = figures.byKey(values.nisCode(), values.kind(), values.year());
        if (existing.isEmpty()) {
            figures.add(new MunicipalityFigure(values.nisCode(), values.kind(), values.year(), values.value(),
                    values.source(), clock.instant(), caller.username()));
            return RowOutcome.CREATED;
        }
        return existing.get().change(values.value(), values.source(), clock.instant(), caller.username())
                ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
    }
}
