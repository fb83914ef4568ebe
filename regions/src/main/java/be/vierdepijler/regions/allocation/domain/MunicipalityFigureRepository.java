package be.vierdepijler.regions.allocation.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The municipality figures, and the sums an allocation divides by. */
public interface MunicipalityFigureRepository {

    /** The properties a list can be sorted by. */
    Set<String> SORTABLE = Set.of("nisCode", "municipality", "year", "value");

    Page<FigureListing> find(FigureFilter filter, PageRequest page);

    Optional<MunicipalityFigure> byKey(String nisCode, FigureKind kind, int year);

    MunicipalityFigure add(MunicipalityFigure figure);

    /** The NIS codes of every municipality, to check an import against in one query. */
    Set<String> municipalities();

    /**
     * Every network with, per criterion of {@code criteria}, the number of its municipalities taking part on
     * {@code day} or the sum of their figures of the criterion's kind and year; ordered by network id.
     */
    List<NetworkFigures> networkFigures(LocalDate day, List<CriterionWeight> criteria);
}
