package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.report.domain.ReportScope;
import java.time.LocalDate;

/** Aggregates over the offer catalogue, in the database. */
public interface OfferStatistics {

    /** The offers that take newcomers on {@code day} (published, in their active period) within the scope. */
    OfferCounts open(ReportScope scope, LocalDate day);
}
