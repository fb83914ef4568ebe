package be.vierdepijler.regions.allocation.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.regions.allocation.domain.Allocation;
import be.vierdepijler.regions.allocation.domain.AllocationCalculator;
import be.vierdepijler.regions.allocation.domain.AllocationReport;
import be.vierdepijler.regions.allocation.domain.AllocationRepository;
import be.vierdepijler.regions.allocation.domain.AllocationSummary;
import be.vierdepijler.regions.allocation.domain.AllocationTerms;
import be.vierdepijler.regions.allocation.domain.Calculation;
import be.vierdepijler.regions.allocation.domain.MunicipalityFigureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Calculating (administrators), saving (administrators) and reading (also coordinators, viewers) allocations. */
@ApplicationScoped
@Transactional
public class RegionalAllocations {

    @Inject
    AllocationRepository allocations;

    @Inject
    MunicipalityFigureRepository figures;

    @Inject
    Clock clock;

    /** Whether the caller may calculate (and save) an allocation: what {@link #calculate} checks. */
    public static boolean mayCalculate(Caller caller) {
        return FigureAccess.mayChange(caller);
    }

    /**
     * Calculates an allocation over every network, from the figures as they are now; saves it when asked.
     *
     * @return the allocation, with an id when saved
     * @throws InvalidInputException when the terms are not in order or cannot be calculated (see
     *                               {@link AllocationCalculator})
     */
    public Allocation calculate(Caller caller, AllocationTerms terms, boolean save) {
        FigureAccess.checkAdministrator(caller, "berekenen een regionale verdeling");
        var violations = terms.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Calculation calculation = AllocationCalculator.calculate(terms,
                figures.networkFigures(terms.referenceDate(), terms.criteria()));
        Allocation allocation = new Allocation(terms, calculation, clock.instant(), caller.username());
        return save ? allocations.add(allocation) : allocation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AllocationSummary> find(Caller caller, PageRequest page) {
        FigureAccess.checkRead(caller);
        return allocations.find(page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Allocation get(Caller caller, long id) {
        FigureAccess.checkRead(caller);
        return allocations.byId(id).orElseThrow(() -> new NotFoundException("verdeling", String.valueOf(id)));
    }

    /** A saved allocation as a report of one table, for JSON, CSV and XLSX. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report report(Caller caller, long id) {
        return AllocationReport.of(get(caller, id));
    }
}
