package be.vierdepijler.web.api.allocation;

import be.vierdepijler.regions.allocation.domain.AllocationSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A saved allocation in a list. */
public record AllocationSummaryDto(long id, String name, String callReference, BigDecimal amount, BigDecimal cap,
                                   LocalDate referenceDate, Instant createdAt, String createdBy) {

    static AllocationSummaryDto of(AllocationSummary s) {
        return new AllocationSummaryDto(s.id(), s.name(), s.callReference(), s.amount(), s.cap(), s.referenceDate(),
                s.createdAt(), s.createdBy());
    }
}
