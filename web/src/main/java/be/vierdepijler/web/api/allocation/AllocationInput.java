package be.vierdepijler.web.api.allocation;

import java.util.List;

/**
 * The body of {@code POST /funding/allocations}. Amounts and weights may be JSON numbers or strings
 * ({@code 5796000.00} or {@code "5796000.00"}).
 *
 * @param save false (or absent) to calculate only, true to store the allocation
 */
public record AllocationInput(String name, String callReference, Object amount, Object cap, String referenceDate,
                              List<CriterionInput> criteria, Boolean save) {

    /** One criterion: its code, weight and (for figures) year. */
    public record CriterionInput(String criterion, Object weight, Object year) {
    }
}
