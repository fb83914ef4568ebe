package be.vierdepijler.core.report.application;

import java.time.LocalDate;

/**
 * What a caller asks a report for: a network (null: everything in their scope), a period (null ends: from the start of
 * the fourth pillar, until today) and whether the answer is for publication (then small counts are suppressed).
 */
public record ReportFilter(String networkId, LocalDate from, LocalDate to, boolean published) {

    public static ReportFilter network(String networkId) {
        return new ReportFilter(networkId, null, null, false);
    }
}
