package be.vierdepijler.regions.allocation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A saved allocation as listed, without its calculation. */
public record AllocationSummary(long id, String name, String callReference, BigDecimal amount, BigDecimal cap,
                                LocalDate referenceDate, Instant createdAt, String createdBy) {
}
